package org.switchboard.ui.caseview;

import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.Outcome;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Dialogs;
import org.switchboard.ui.common.Notice;

/**
 * E: resolving needs an outcome, and while errands are still open with a department, a reason (kept as an
 * internal note). The dialog stays open and shows why when the rules or the service refuse. FX thread.
 */
final class ResolveDialog {
    private ResolveDialog() {}

    static void show(Window owner, Texts texts, CaseActionsViewModel vm, long caseId) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, texts, texts.get("case.resolve.title"),
                texts.get("case.resolve.header", String.valueOf(caseId)), texts.get("case.resolve.confirm"));
        dialog.getDialogPane().setId("resolve-dialog");
        ListView<Outcome> outcomes = new ListView<>();
        outcomes.setId("resolve-outcome");
        outcomes.getItems().setAll(Outcome.values());
        outcomes.setFixedCellSize(30);
        outcomes.setPrefHeight(30 * Outcome.values().length + 8);
        outcomes.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // no sideways scrolling: a long hint gets an ellipsis instead
            }

            @Override
            protected void updateItem(Outcome o, boolean empty) {
                super.updateItem(o, empty);
                String key = o == null ? null : "case.outcome." + o.name().toLowerCase(Locale.ROOT).replace('_', '-');
                setText(empty || o == null ? null : texts.get(key) + " \u2014 " + texts.get(key + ".hint"));
            }
        });
        Label outcomeLabel = caption(texts.get("case.resolve.outcome"), outcomes);
        TextArea reason = new TextArea();
        reason.setId("resolve-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.setPrefColumnCount(36);
        Label reasonLabel = caption(texts.get("case.resolve.reason"), reason);
        int open = vm.openErrands();
        Label reasonHint = new Label(open > 0 ? texts.get("case.resolve.reason.required", open)
                : texts.get("case.resolve.reason.optional"));
        reasonHint.getStyleClass().add(open > 0 ? Css.WARNING_TEXT : Css.MUTED);
        reasonHint.setWrapText(true);
        reasonHint.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = Dialogs.problemLabel();
        VBox content = new VBox(6, outcomeLabel, outcomes, reasonLabel, reason, reasonHint, problem);
        content.setPrefWidth(540);
        dialog.getDialogPane().setContent(content);

        Button ok = Dialogs.confirmButton(dialog);
        ok.setId("resolve-confirm");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once the service said yes
            ok.setDisable(true);
            vm.resolve(outcomes.getSelectionModel().getSelectedItem(), reason.getText(), refused -> {
                ok.setDisable(false);
                if (refused == null) {
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                } else {
                    show(problem, texts.get(refused.key(), detail(refused)));
                }
            });
        });
        // Enter in the list picks and confirms; Ctrl+Enter confirms from the reason (Enter makes a new line there).
        outcomes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !outcomes.getSelectionModel().isEmpty()) {
                e.consume();
                ok.fire();
            }
        });
        reason.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                ok.fire();
            }
        });
        dialog.setOnShown(e -> outcomes.requestFocus());
        dialog.show();
    }

    /** The open-errand count of a rule's problem is a number for the bundle's choice format. */
    private static Object detail(Notice n) {
        try {
            return Integer.parseInt(n.detail());
        } catch (NumberFormatException notANumber) {
            return n.detail();
        }
    }

    static void show(Label problem, String text) {
        problem.setText(text);
        problem.setVisible(true);
        problem.setManaged(true);
    }

    static Label caption(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        return l;
    }
}
