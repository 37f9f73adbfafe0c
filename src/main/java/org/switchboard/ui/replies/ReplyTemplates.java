package org.switchboard.ui.replies;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.switchboard.domain.Template;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.replies.TemplateService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The reply box's template picker (Ctrl+T, or "/" at the start): the templates filtered by what is typed (name
 * or shortcut), and inserting one filled in for the open case. Values that are missing stay as visible markers
 * and are named in the notice; the box will not send while one is left. UI thread only.
 */
public final class ReplyTemplates {
    private final TemplateService service;
    private final BackgroundRunner runner;
    private final StringProperty text;
    private final ObjectProperty<Notice> notice;
    private final ObservableList<Template> all = FXCollections.observableArrayList();
    private final FilteredList<Template> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private Long caseId;

    ReplyTemplates(TemplateService service, BackgroundRunner runner, StringProperty text,
                   ObjectProperty<Notice> notice) {
        this.service = service;
        this.runner = runner;
        this.text = text;
        this.notice = notice;
        filter.addListener((o, a, f) -> shown.setPredicate(t -> matches(t, f)));
    }

    void caseShown(CaseDetail detail) {
        caseId = detail == null ? null : detail.kase().id();
    }

    /**
     * Reads the templates (in the background), those in {@code language} first, and clears the filter; the picker
     * calls it when it opens.
     */
    public void load(String language) {
        filter.set("");
        runner.run(() -> service.list(null).stream().sorted(java.util.Comparator.comparing(
                (Template t) -> !t.language().equals(language))).toList(), all::setAll,
                e -> notice.set(Notice.problem("reply.template.error", e)));
    }

    /**
     * Inserts {@code t}, filled in for the open case, at {@code caret} of the text (replacing
     * {@code [caret - replace, caret)}, e.g. a typed "/"). UI thread; the filling happens in the background.
     */
    public void insert(Template t, int caret, int replace) {
        Long id = caseId;
        if (t == null || id == null) {
            return;
        }
        runner.run(() -> service.render(t.id(), id), r -> {
            if (!id.equals(caseId)) {
                return;
            }
            String now = text.get();
            int at = Math.max(0, Math.min(caret, now.length()));
            int from = Math.max(0, at - Math.max(0, replace));
            text.set(now.substring(0, from) + r.text() + now.substring(at));
            if (!r.complete()) {
                java.util.List<String> gaps = new java.util.ArrayList<>(r.missing());
                gaps.addAll(r.unknown());
                notice.set(Notice.warning("reply.template.missing", String.join(", ", gaps)));
            }
        }, e -> notice.set(Notice.problem("reply.template.error", e)));
    }

    /** What is typed in the picker's search field. */
    public StringProperty filter() {
        return filter;
    }

    /** The templates matching the filter, by language and name. */
    public ObservableList<Template> shown() {
        return shown;
    }

    static boolean matches(Template t, String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith("/")) {
            f = f.substring(1);
        }
        return f.isEmpty() || t.name().toLowerCase(Locale.ROOT).contains(f)
                || t.shortcut() != null && t.shortcut().startsWith(f) || t.language().equals(f);
    }
}
