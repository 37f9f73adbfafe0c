package org.switchboard.ui.caseview;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.Platform;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Dialogs;
import org.switchboard.ui.common.DomainTexts;

/** Ctrl+N "Log a call, letter or visit": channel, who, how to reach them, and the concern. FX thread. */
final class ManualCaseDialog {
    private ManualCaseDialog() {}

    static void show(Window owner, DomainTexts names, ManualCaseViewModel vm, Consumer<Long> openCase) {
        Texts texts = names.texts();
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, texts.get("intake.title"),
                texts.get("intake.header"), texts.get("intake.confirm"));
        dialog.getDialogPane().setId("intake-dialog");
        ComboBox<Platform> channel = new ComboBox<>();
        channel.setId("intake-channel");
        channel.getItems().setAll(ManualCaseViewModel.CHANNELS);
        channel.setConverter(org.switchboard.ui.common.Converters.of(names::platform));
        channel.setValue(Platform.PHONE);
        TextField name = field("intake-name", texts.get("intake.name.prompt"));
        TextField phone = field("intake-phone", null);
        TextField email = field("intake-email", null);
        TextField handle = field("intake-handle", null);
        TextArea text = new TextArea();
        text.setId("intake-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPrefColumnCount(40);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, ResolveDialog.caption(texts.get("intake.channel"), channel), channel);
        grid.addRow(1, ResolveDialog.caption(texts.get("intake.name"), name), name);
        grid.addRow(2, ResolveDialog.caption(texts.get("intake.phone"), phone), phone);
        grid.addRow(3, ResolveDialog.caption(texts.get("intake.email"), email), email);
        grid.addRow(4, ResolveDialog.caption(texts.get("intake.handle"), handle), handle);
        Label problem = Dialogs.problemLabel();
        dialog.getDialogPane().setContent(new VBox(8, grid, ResolveDialog.caption(texts.get("intake.text"), text),
                text, problem));
        Button ok = Dialogs.confirmButton(dialog);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ManualCaseViewModel.Entry entry = new ManualCaseViewModel.Entry(channel.getValue(), name.getText(),
                    phone.getText(), email.getText(), handle.getText(), text.getText());
            vm.log(entry, refused -> {
                if (refused == null) {
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                } else {
                    ResolveDialog.show(problem, texts.get(refused.key(), refused.detail()));
                }
            }, openCase);
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                ok.fire();
            }
        });
        dialog.setOnShown(e -> channel.requestFocus());
        dialog.show();
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        if (prompt != null) {
            f.setPromptText(prompt);
        }
        return f;
    }
}
