package org.switchboard.ui.caseview;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.domain.Case;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;

/** The top of the case view: contact, platform, status, priority, assignee and tags. FX thread. */
final class CaseHeader {
    private CaseHeader() {}

    static Node of(CaseDetail detail, DomainTexts names) {
        Texts texts = names.texts();
        Case c = detail.kase();
        Label badge = new Label(names.platformBadge(c.platform()));
        Css.platformBadge(badge, c.platform());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label contact = new Label(DisplayText.oneLine(detail.contact().name()));
        contact.setId("case-contact");
        contact.getStyleClass().add("case-title");
        contact.setMinWidth(0);
        Label number = new Label(texts.get("case.header.number", String.valueOf(c.id())));
        number.getStyleClass().add(Css.MUTED);
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox title = new HBox(10, badge, contact, number);
        title.setAlignment(Pos.CENTER_LEFT);

        Label status = chip(names.status(c.status()), Css.status(c.status()));
        status.setId("case-status");
        Label priority = chip(texts.get("case.header.priority", names.priority(c.priority())), switch (c.priority()) {
            case URGENT -> Css.CHIP_DANGER;
            case HIGH -> Css.CHIP_WARNING;
            default -> "chip-quiet";
        });
        Label assignee = new Label(c.assignee() == null ? texts.get("case.header.unassigned")
                : texts.get("case.header.assignee", DisplayText.oneLine(c.assignee())));
        assignee.getStyleClass().add(Css.MUTED);
        Label platform = new Label(names.platform(c.platform()));
        platform.getStyleClass().add(Css.MUTED);
        FlowPane facts = new FlowPane(8, 6, status, priority, platform, assignee);
        facts.setAlignment(Pos.CENTER_LEFT);
        if (c.outcome() != null) {
            facts.getChildren().add(chip(texts.get("case.outcome." + c.outcome().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', '-')), Css.CHIP_ACCENT));
        }
        for (String tag : c.tags()) {
            Label t = new Label("#" + DisplayText.oneLine(tag));
            t.getStyleClass().addAll(Css.CHIP, "chip-tag");
            facts.getChildren().add(t);
        }
        VBox box = new VBox(8, title, facts);
        box.getStyleClass().add("case-header");
        return box;
    }

    private static Label chip(String text, String variant) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Css.CHIP, variant);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
