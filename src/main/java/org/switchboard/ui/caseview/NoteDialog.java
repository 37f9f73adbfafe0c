package org.switchboard.ui.caseview;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Dialogs;

/** N: an internal note on the open case, marked INTERNAL (it never leaves the organisation). FX thread. */
final class NoteDialog {
    private NoteDialog() {}

    static void show(Window owner, Texts texts, CaseActionsViewModel vm, long caseId) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, texts.get("case.note.title"),
                texts.get("case.note.header", String.valueOf(caseId)), texts.get("case.note.confirm"));
        dialog.getDialogPane().setId("note-dialog");
        Label internal = new Label(texts.get("case.note.internal"));
        internal.getStyleClass().addAll(Css.CHIP, Css.CHIP_WARNING);
        internal.setMinWidth(Region.USE_PREF_SIZE);
        TextArea text = new TextArea();
        text.setId("note-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPrefColumnCount(40);
        Label problem = Dialogs.problemLabel();
        dialog.getDialogPane().setContent(new VBox(8, internal, ResolveDialog.caption(texts.get("case.note.label"),
                text), text, problem));
        Button ok = Dialogs.confirmButton(dialog);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.addNote(text.getText(), refused -> {
                if (refused == null) {
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                } else {
                    ResolveDialog.show(problem, texts.get(refused.key(), refused.detail()));
                }
            });
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                ok.fire();
            }
        });
        dialog.setOnShown(e -> text.requestFocus());
        dialog.show();
    }
}
