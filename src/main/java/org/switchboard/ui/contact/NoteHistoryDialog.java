package org.switchboard.ui.contact;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Note;
import org.switchboard.domain.NoteEdit;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.NoteText;
import org.switchboard.ui.common.TimeFormat;

/**
 * A note's history: what it says now, then each earlier text newest first with who replaced it and when
 * (an edit records the text it replaced). FX thread.
 */
final class NoteHistoryDialog {
    private NoteHistoryDialog() {}

    static void show(Window owner, Texts texts, TimeFormat time, Note n, List<NoteEdit> edits) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("notes.history.title"));
        dialog.setHeaderText(texts.get("notes.history.header", DisplayText.oneLine(n.author()), time.exact(n.createdAt())));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(texts.get("notes.history.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("note-history-dialog");
        VBox box = new VBox(10);
        box.getChildren().add(version(texts.get("notes.history.now", time.exact(n.updatedAt())), n.text()));
        for (int i = edits.size() - 1; i >= 0; i--) {
            NoteEdit e = edits.get(i);
            box.getChildren().add(version(texts.get("notes.history.before", DisplayText.oneLine(e.editedBy()),
                    time.exact(e.editedAt())), e.text()));
        }
        if (edits.isEmpty()) {
            Label none = new Label(texts.get("notes.history.none"));
            none.getStyleClass().add(Css.MUTED);
            box.getChildren().add(none);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(480);
        scroll.setPrefViewportHeight(320);
        dialog.getDialogPane().setContent(scroll);
        dialog.show();
    }

    private static VBox version(String caption, String text) {
        Label c = new Label(caption);
        c.getStyleClass().add(Css.MUTED);
        c.setWrapText(true);
        VBox v = new VBox(4, c, NoteText.node(text));
        v.getStyleClass().add("note-version");
        return v;
    }
}
