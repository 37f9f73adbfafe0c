package org.switchboard.ui.errands;

import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Notice;

/** "Errands mailbox…": servers, user, password, address; Save and Test stay in the dialog. FX thread. */
public final class MailboxDialog {
    private MailboxDialog() {}

    public static void show(Window owner, MailboxViewModel vm, Texts texts) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("mailbox.title"));
        dialog.setHeaderText(texts.get("mailbox.header"));
        TextField smtp = field(vm.smtp().getName(), "mailbox-smtp", texts.get("mailbox.smtp.prompt"));
        smtp.textProperty().bindBidirectional(vm.smtp());
        TextField imap = field("", "mailbox-imap", texts.get("mailbox.imap.prompt"));
        imap.textProperty().bindBidirectional(vm.imap());
        TextField user = field("", "mailbox-user", "");
        user.textProperty().bindBidirectional(vm.user());
        PasswordField password = new PasswordField();
        password.setId("mailbox-password");
        password.textProperty().bindBidirectional(vm.password());
        TextField address = field("", "mailbox-address", texts.get("mailbox.address.prompt"));
        address.textProperty().bindBidirectional(vm.address());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, texts.get("mailbox.smtp"), smtp);
        row(grid, 1, texts.get("mailbox.imap"), imap);
        row(grid, 2, texts.get("mailbox.user"), user);
        row(grid, 3, texts.get("mailbox.password"), password);
        row(grid, 4, texts.get("mailbox.address"), address);
        Label hint = new Label(texts.get("mailbox.hint"));
        hint.getStyleClass().add(Css.MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        VBox box = new VBox(10, hint, grid, notice(vm.saved(), texts), notice(vm.smtpResult(), texts),
                notice(vm.imapResult(), texts));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("mailbox-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Css.STYLESHEET, ErrandCss.STYLESHEET);
        ButtonType save = new ButtonType(texts.get("mailbox.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType test = new ButtonType(texts.get("mailbox.test"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(save, test,
                new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(vm.busy());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        Button testButton = (Button) dialog.getDialogPane().lookupButton(test);
        testButton.disableProperty().bind(vm.busy().or(vm.configured().not()));
        testButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.test();
        });
        vm.load();
        dialog.show();
        smtp.requestFocus();
    }

    private static TextField field(String unused, String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(32);
        return f;
    }

    private static void row(GridPane grid, int row, String text, TextInputControl field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        grid.addRow(row, l, field);
    }

    private static Label notice(ObjectProperty<Notice> notice, Texts texts) {
        Label l = new Label();
        l.setWrapText(true);
        l.setMaxWidth(520);
        notice.addListener((o, a, n) -> {
            l.getStyleClass().removeAll(Css.SUCCESS_TEXT, Css.WARNING_TEXT, Css.DANGER_TEXT);
            l.setText(n == null ? "" : texts.get(n.key(), n.detail()));
            if (n != null) {
                l.getStyleClass().add(n.styleClass());
            }
        });
        return l;
    }
}
