package org.switchboard.ui.caseview;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Message;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Dialogs;

/** "Move this message to a new case": asks once, then splits and opens the new case. FX thread. */
final class SplitDialog {
    private static final int QUOTE = 160;

    private SplitDialog() {}

    static void show(Window owner, Texts texts, CaseActionsViewModel vm, long caseId, Message m,
                     Consumer<Long> openCase) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, texts.get("case.split.title"),
                texts.get("case.split.header"), texts.get("case.split.confirm"));
        dialog.getDialogPane().setId("split-dialog");
        String text = DisplayText.oneLine(m.text());
        Label quote = new Label(texts.get("context.attempt.quote",
                text.length() > QUOTE ? text.substring(0, QUOTE - 1) + "…" : text));
        quote.getStyleClass().add(Css.MUTED);
        quote.setWrapText(true);
        quote.setMaxWidth(460);
        Label body = new Label(texts.get("case.split.body", String.valueOf(caseId)));
        body.setWrapText(true);
        body.setMaxWidth(460);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, quote, body));
        dialog.showAndWait().filter(Dialogs::confirmed).ifPresent(b -> vm.split(m.id(), openCase));
    }
}
