package org.switchboard.ui.replies;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.Template;
import org.switchboard.service.replies.TemplateService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The template editor: the list, and the fields of the template chosen or being made (name, language, shortcut,
 * text). Saving a changed template checks its version, so two agents editing the same one do not overwrite each
 * other silently. UI thread only.
 */
public final class TemplateEditorViewModel {
    private final TemplateService service;
    private final BackgroundRunner runner;
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Template> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("de");
    private final StringProperty shortcut = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public TemplateEditorViewModel(TemplateService service, BackgroundRunner runner) {
        this.service = service;
        this.runner = runner;
        selected.addListener((o, a, t) -> fill(t));
    }

    /** Reads the templates; keeps the one chosen if it is still there. UI thread. */
    public void load() {
        Long keep = selected.get() == null ? null : selected.get().id();
        busy.set(true);
        runner.run(() -> service.list(null), list -> {
            busy.set(false);
            templates.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(t -> t.id() == keep).findFirst().orElse(null));
        }, e -> {
            busy.set(false);
            notice.set(Notice.problem("templates.error.load", e));
        });
    }

    /** Empties the fields for a new template in {@code lang}. UI thread. */
    public void newTemplate(String lang) {
        selected.set(null);
        fill(null);
        language.set(lang == null ? "de" : lang);
        notice.set(null);
    }

    /** Saves the fields: a new template, or the chosen one changed. UI thread. */
    public void save() {
        Template old = selected.get();
        TemplateService.Draft d = new TemplateService.Draft(name.get(), language.get(), body.get(), shortcut.get());
        busy.set(true);
        runner.run(() -> old == null ? service.create(d) : service.update(old.id(), old.version(), d), saved -> {
            busy.set(false);
            notice.set(Notice.ok("templates.saved", saved.name()));
            templates.removeIf(t -> t.id() == saved.id());
            templates.add(saved);
            templates.sort(java.util.Comparator.<Template, String>comparing(Template::language).thenComparing(Template::name));
            selected.set(saved);
        }, e -> {
            busy.set(false);
            notice.set(Notice.problem("templates.error.save", e));
        });
    }

    /** Deletes the chosen template. UI thread. */
    public void delete() {
        Template t = selected.get();
        if (t == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> service.delete(t.id()), gone -> {
            busy.set(false);
            templates.removeIf(x -> x.id() == t.id());
            selected.set(null);
            notice.set(Notice.ok("templates.deleted", t.name()));
        }, e -> {
            busy.set(false);
            notice.set(Notice.problem("templates.error.save", e));
        });
    }

    private void fill(Template t) {
        name.set(t == null ? "" : t.name());
        language.set(t == null ? language.get() : t.language());
        shortcut.set(t == null || t.shortcut() == null ? "" : t.shortcut());
        body.set(t == null ? "" : t.body());
    }

    public ObservableList<Template> templates() {
        return templates;
    }

    public ObjectProperty<Template> selected() {
        return selected;
    }

    public StringProperty name() {
        return name;
    }

    /** {@code de} or {@code en}. */
    public StringProperty language() {
        return language;
    }

    public StringProperty shortcut() {
        return shortcut;
    }

    public StringProperty body() {
        return body;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObjectProperty<Notice> notice() {
        return notice;
    }
}
