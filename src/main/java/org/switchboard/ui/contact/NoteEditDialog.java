package org.switchboard.ui.contact;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
import org.switchboard.domain.Note;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Dialogs;
import org.switchboard.ui.common.Notice;

/** Editing a note (the old text stays in its history), or a new note on a contact. Ctrl+Enter saves. FX thread. */
final class NoteEditDialog {
    private NoteEditDialog() {}

    static void edit(Window owner, Texts texts, NotesViewModel vm, Note n) {
        show(owner, texts, texts.get("notes.edit.title"), texts.get("notes.edit.header"), texts.get("notes.edit.confirm"),
                n.text(), (text, after) -> vm.edit(n, text, after));
    }

    static void addToContact(Window owner, Texts texts, NotesViewModel vm, long contactId, String name) {
        show(owner, texts, texts.get("case.note.title"), texts.get("notes.contact.header", name),
                texts.get("case.note.confirm"), "", (text, after) -> vm.addToContact(contactId, text, after));
    }

    private static void show(Window owner, Texts texts, String title, String header, String confirm, String initial,
                             BiConsumer<String, Consumer<Notice>> save) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, title, header, confirm);
        dialog.getDialogPane().setId("note-edit-dialog");
        Label internal = new Label(texts.get("case.note.internal"));
        internal.getStyleClass().addAll(Css.CHIP, Css.CHIP_WARNING);
        internal.setMinWidth(Region.USE_PREF_SIZE);
        TextArea text = new TextArea(initial);
        text.setId("note-edit-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPrefColumnCount(44);
        Label hint = new Label(texts.get("notes.format.hint"));
        hint.getStyleClass().add(Css.MUTED);
        hint.setWrapText(true);
        Label problem = Dialogs.problemLabel();
        dialog.getDialogPane().setContent(new VBox(8, internal, text, hint, problem));
        Button ok = Dialogs.confirmButton(dialog);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.accept(text.getText(), refused -> {
                if (refused == null) {
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                } else {
                    problem.setText(texts.get(refused.key(), refused.detail()));
                    problem.setVisible(true);
                    problem.setManaged(true);
                }
            });
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                ok.fire();
            }
        });
        dialog.setOnShown(e -> {
            text.requestFocus();
            text.end();
        });
        dialog.show();
    }
}
