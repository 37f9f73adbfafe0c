package org.switchboard.ui.queue;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Settings.CustomView;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Dialogs;

/** Asking for a saved view's name (save, rename) and confirming a delete. FX thread. */
final class ViewDialogs {
    private final QueueViewModel vm;
    private final Texts texts;
    private final Node anchor;

    ViewDialogs(QueueViewModel vm, Texts texts, Node anchor) {
        this.vm = vm;
        this.texts = texts;
        this.anchor = anchor;
    }

    /** "Save view…": the current view, filters and sort under a new name. */
    void save() {
        Dialogs.askText(owner(), texts, texts.get("queue.views.save.title"), texts.get("queue.views.name"), "",
                texts.get("queue.views.save.confirm"), name -> words(vm.saveView(name)));
    }

    void rename(CustomView v) {
        Dialogs.askText(owner(), texts, texts.get("queue.views.rename.title"), texts.get("queue.views.name"),
                v.name(), texts.get("queue.views.rename.confirm"), name -> words(vm.renameView(v, name)));
    }

    void delete(CustomView v) {
        Dialog<ButtonType> dialog = Dialogs.create(owner(), texts, texts.get("queue.views.delete.title"),
                texts.get("queue.views.delete.header", DisplayText.oneLine(v.name())),
                texts.get("queue.views.delete.confirm"));
        Label body = new Label(texts.get("queue.views.delete.body"));
        body.setWrapText(true);
        body.setMaxWidth(420);
        dialog.getDialogPane().setContent(body);
        dialog.setResultConverter(b -> b);
        dialog.showAndWait().filter(Dialogs::confirmed).ifPresent(b -> vm.deleteView(v));
    }

    private String words(String problemKey) {
        return problemKey == null ? null : texts.get(problemKey, CustomView.MAX_NAME);
    }

    private Window owner() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }
}
