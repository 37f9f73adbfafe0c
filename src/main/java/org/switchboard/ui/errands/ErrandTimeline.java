package org.switchboard.ui.errands;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.TimeFormat;

/**
 * The errands of the open case, for the context pane: each with reference, unit, channel, status, due
 * date (overdue in red) and its steps in order; "Update status…" per open errand; the customer draft the
 * forward wrote, with a button that puts it into the reply box. Built anew for each case detail. FX thread.
 */
public final class ErrandTimeline {
    /** What the section can ask the window to do. */
    public record Actions(Runnable forward, Consumer<Errand> updateStatus, Consumer<String> useDraft) {}

    private final ErrandWords words;
    private final Texts texts;
    private final TimeFormat time;
    private final Clock clock;
    private final Map<String, String> unitNames;
    private final Actions actions;

    public ErrandTimeline(ErrandWords words, TimeFormat time, Clock clock, Map<String, String> unitNames,
                          Actions actions) {
        this.words = words;
        this.texts = words.texts();
        this.time = time;
        this.clock = clock;
        this.unitNames = unitNames;
        this.actions = actions;
    }

    /** The section for one case. */
    public Node of(CaseDetail d) {
        VBox box = new VBox(6);
        box.setId("errand-timeline");
        Label title = new Label(texts.get("errands.timeline.title"));
        title.getStyleClass().add(Css.SECTION_TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        Button forward = new Button(texts.get("errands.timeline.forward"));
        forward.setId("case-forward");
        forward.setOnAction(e -> actions.forward().run());
        box.getChildren().addAll(title, forward);
        if (d.errands().isEmpty()) {
            Label none = new Label(texts.get("errands.timeline.none"));
            none.getStyleClass().add(Css.MUTED);
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        d.errands().stream()
                .sorted(Comparator.comparing((CaseDetail.ErrandWithEvents e) -> e.errand().createdAt()).reversed())
                .forEach(e -> box.getChildren().add(errand(e)));
        draft(d.drafts()).ifPresent(box.getChildren()::add);
        return box;
    }

    private Node errand(CaseDetail.ErrandWithEvents ewe) {
        Errand e = ewe.errand();
        boolean overdue = e.overdue(clock.instant());
        Label ref = new Label(e.ref().value());
        ref.getStyleClass().add(ErrandCss.ERRAND_REF);
        ref.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label(words.status(e.status()));
        status.getStyleClass().addAll(Css.CHIP, e.status().open() ? Css.CHIP_ACCENT : "chip-quiet");
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(6, ref, status);
        String unit = unitNames.getOrDefault(e.unitKey(), e.unitKey());
        Label to = wrapped(texts.get("errands.timeline.to", DisplayText.oneLine(unit), words.channel(e.via()),
                e.recipient() == null ? "" : DisplayText.oneLine(e.recipient())));
        Label due = wrapped(texts.get(overdue ? "errands.timeline.overdue" : "errands.timeline.due",
                time.exact(e.dueAt())));
        due.getStyleClass().add(overdue ? "errand-overdue-text" : Css.MUTED);
        VBox card = new VBox(3, head, to, due);
        card.getStyleClass().add(ErrandCss.ERRAND);
        card.setId("errand-" + e.ref().value());
        if (overdue) {
            card.getStyleClass().add(ErrandCss.OVERDUE);
        }
        if (e.redirectedTo() != null) {
            card.getChildren().add(wrapped(texts.get("errands.timeline.redirected",
                    unitNames.getOrDefault(e.redirectedTo(), e.redirectedTo()))));
        }
        ewe.events().stream().sorted(Comparator.comparing(ErrandEvent::at).thenComparing(ErrandEvent::id))
                .forEach(ev -> card.getChildren().add(step(ev)));
        if (e.status().open()) {
            Button update = new Button(texts.get("errands.timeline.update"));
            update.getStyleClass().add("errand-update");
            update.setOnAction(x -> actions.updateStatus().accept(e));
            card.getChildren().add(update);
        }
        return card;
    }

    private Node step(ErrandEvent ev) {
        Label type = new Label(words.event(ev.type()));
        type.getStyleClass().add("errand-step-type");
        type.setMinWidth(Region.USE_PREF_SIZE);
        Label when = new Label(time.at(ev.at()) + (ev.by() == null ? "" : " · " + DisplayText.oneLine(ev.by())));
        when.getStyleClass().add(Css.MUTED);
        when.setMinWidth(0);
        VBox step = new VBox(1, new HBox(6, type, when));
        if (ev.note() != null) {
            step.getChildren().add(wrapped(DisplayText.safe(ev.note())));
        }
        step.getStyleClass().add(ErrandCss.STEP);
        return step;
    }

    private java.util.Optional<Node> draft(List<Draft> drafts) {
        return drafts.stream().filter(d -> d.state() == Draft.State.EDITING && !d.text().isBlank())
                .max(Comparator.comparing(Draft::updatedAt)).map(d -> {
                    Label title = new Label(texts.get("errands.timeline.draft"));
                    title.getStyleClass().add(Css.SECTION_TITLE);
                    Label text = wrapped(DisplayText.safe(d.text()));
                    text.setId("errand-draft-text");
                    Button use = new Button(texts.get("errands.timeline.use-draft"));
                    use.setId("errand-use-draft");
                    use.setOnAction(e -> actions.useDraft().accept(d.text()));
                    VBox box = new VBox(4, title, text, use);
                    box.getStyleClass().add("draft-preview");
                    return box;
                });
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
