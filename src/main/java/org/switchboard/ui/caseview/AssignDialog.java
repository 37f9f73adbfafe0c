package org.switchboard.ui.caseview;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Dialogs;
import org.switchboard.ui.queue.KnownNames;

/** A: assign the open case to me, to nobody, to an agent seen in the queue, or to a name typed in. FX thread. */
final class AssignDialog {
    /** One line of the list: what {@link CaseActionsViewModel#assign} gets, and what the agent reads. */
    private record Who(String spec, String label) {}

    private AssignDialog() {}

    static void show(Window owner, Texts texts, CaseActionsViewModel vm, long caseId, String current,
                     KnownNames known) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, texts.get("case.assign.title"),
                texts.get("case.assign.header", String.valueOf(caseId)), texts.get("dialog.ok"));
        dialog.getDialogPane().setId("assign-dialog");
        List<Who> choices = new ArrayList<>();
        choices.add(new Who("me", texts.get("case.assign.me", DisplayText.oneLine(known.me()))));
        choices.add(new Who(null, texts.get("case.assign.nobody")));
        known.agents().stream().filter(a -> !a.equals(known.me()))
                .forEach(a -> choices.add(new Who(a, DisplayText.oneLine(a))));
        ListView<Who> list = new ListView<>();
        list.setId("assign-list");
        list.getItems().setAll(choices);
        list.setFixedCellSize(28);
        list.setPrefHeight(28 * Math.min(8, choices.size()) + 4);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Who w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.label());
            }
        });
        int at = 0;
        for (int i = 0; i < choices.size(); i++) {
            String spec = choices.get(i).spec();
            if (current == null ? spec == null : current.equals(spec) || current.equals(known.me()) && "me".equals(spec)) {
                at = i;
            }
        }
        list.getSelectionModel().select(at);
        TextField other = new TextField();
        other.setId("assign-other");
        other.setPromptText(texts.get("case.assign.other.prompt"));
        dialog.getDialogPane().setContent(new VBox(6, list, new Label(texts.get("case.assign.other")), other));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                Dialogs.confirmButton(dialog).fire();
            }
        });
        dialog.setOnShown(e -> list.requestFocus());
        dialog.showAndWait().filter(Dialogs::confirmed).ifPresent(b -> {
            String typed = other.getText().strip();
            Who picked = list.getSelectionModel().getSelectedItem();
            vm.assign(!typed.isEmpty() ? typed : picked == null ? null : picked.spec());
        });
    }
}
