package org.switchboard.ui.caseview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Dialogs;

/**
 * "Add earlier attempt": date (today unless changed), channel, addressee (completed from the directory's
 * units) and result. Typed dates use one fixed pattern per language, so "03.04." is never a guess. FX thread.
 */
final class AttemptDialog {
    private AttemptDialog() {}

    static DateTimeFormatter dates(Texts texts) {
        return DateTimeFormatter.ofPattern("de".equals(texts.language()) ? "dd.MM.yyyy" : "yyyy-MM-dd");
    }

    static void show(Window owner, Texts texts, AttemptsViewModel vm, String contactName) {
        vm.readUnits();
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, texts.get("attempt.title"),
                texts.get("attempt.header", DisplayText.oneLine(contactName)), texts.get("attempt.confirm"));
        dialog.getDialogPane().setId("attempt-dialog");
        DateTimeFormatter pattern = dates(texts);
        TextField date = new TextField(pattern.format(vm.today()));
        date.setId("attempt-date");
        ComboBox<String> channel = new ComboBox<>();
        channel.setId("attempt-channel");
        channel.getItems().setAll(AttemptsViewModel.CHANNELS);
        channel.setConverter(ContextAttempts.channelNames(texts));
        channel.setValue(AttemptsViewModel.CHANNELS.getFirst());
        TextField addressee = new TextField();
        addressee.setId("attempt-addressee");
        addressee.setPromptText(texts.get("attempt.addressee.prompt"));
        addressee.setPrefColumnCount(28);
        TextFields.bindAutoCompletion(addressee, request -> vm.addressees().stream()
                .filter(n -> n.toLowerCase(texts.locale()).contains(request.getUserText().strip()
                        .toLowerCase(texts.locale())) && !request.getUserText().isBlank()).toList());
        TextField result = new TextField();
        result.setId("attempt-result");
        result.setPromptText(texts.get("attempt.result.prompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, ResolveDialog.caption(texts.get("attempt.date"), date), date);
        grid.addRow(1, ResolveDialog.caption(texts.get("attempt.channel"), channel), channel);
        grid.addRow(2, ResolveDialog.caption(texts.get("attempt.addressee"), addressee), addressee);
        grid.addRow(3, ResolveDialog.caption(texts.get("attempt.result"), result), result);
        Label problem = Dialogs.problemLabel();
        dialog.getDialogPane().setContent(new VBox(8, grid, problem));
        Button ok = Dialogs.confirmButton(dialog);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            LocalDate day;
            try {
                day = LocalDate.parse(date.getText().strip(), pattern);
            } catch (DateTimeParseException bad) {
                ResolveDialog.show(problem, texts.get("attempt.error.date", pattern.format(vm.today())));
                return;
            }
            if (addressee.getText().isBlank()) {
                ResolveDialog.show(problem, texts.get("attempt.error.addressee"));
                return;
            }
            vm.add(day, channel.getValue(), addressee.getText(), result.getText(), refused -> {
                if (refused == null) {
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                } else {
                    ResolveDialog.show(problem, texts.get(refused.key(), refused.detail()));
                }
            });
        });
        dialog.setOnShown(e -> addressee.requestFocus());
        dialog.show();
    }
}
