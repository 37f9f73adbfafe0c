package org.switchboard.ui.errands;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Unit;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;

/** "Update status…": status, the unit for a redirect, a note. Stays open on a problem. FX thread. */
public final class ErrandUpdateDialog {
    private ErrandUpdateDialog() {}

    public static void show(Window owner, ErrandUpdateViewModel vm, ErrandWords words, List<Unit> units) {
        Texts texts = words.texts();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("errands.update.title"));
        dialog.setHeaderText(texts.get("errands.update.header", vm.ref()));
        ChoiceBox<ErrandStatus> status = new ChoiceBox<>();
        status.setId("errand-update-status");
        status.getItems().setAll(ErrandUpdateViewModel.CHOICES);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ErrandStatus s) {
                return s == null ? "" : words.status(s);
            }

            @Override
            public ErrandStatus fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.status());
        ComboBox<Unit> unit = new ComboBox<>();
        unit.getItems().setAll(units);
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return ErrandWords.unit(u);
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        unit.disableProperty().bind(vm.status().isNotEqualTo(ErrandStatus.REDIRECTED));
        unit.valueProperty().addListener((o, a, u) -> vm.toUnit().set(u == null ? null : u.key()));
        TextArea note = new TextArea();
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.note());
        Label notice = new Label();
        notice.setWrapText(true);
        vm.notice().addListener((o, a, n) -> {
            notice.getStyleClass().removeAll(Css.SUCCESS_TEXT, Css.DANGER_TEXT, Css.WARNING_TEXT);
            notice.setText(n == null ? "" : texts.get(n.key(), n.detail()));
            if (n != null) {
                notice.getStyleClass().add(n.styleClass());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, labelFor(texts.get("errands.update.status"), status), status);
        grid.addRow(1, labelFor(texts.get("errands.update.to"), unit), unit);
        grid.addRow(2, labelFor(texts.get("errands.update.note"), note), note);
        dialog.getDialogPane().setContent(new VBox(10, grid, notice));
        dialog.getDialogPane().getStylesheets().addAll(Css.STYLESHEET, ErrandCss.STYLESHEET);
        ButtonType save = new ButtonType(texts.get("errands.update.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(vm.busy().or(vm.done()));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        vm.done().addListener((o, a, d) -> {
            if (d) {
                dialog.close();
            }
        });
        dialog.show();
        status.requestFocus();
    }

    private static Label labelFor(String text, javafx.scene.Node node) {
        Label l = new Label(text);
        l.setLabelFor(node);
        return l;
    }
}
