package org.switchboard.ui.accounts;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Notice;

/**
 * Asks for the vault passphrase where the computer has no keychain: what the vault is, why the
 * passphrase is needed on each start, and (after a refusal) why the last one did not work. The typed
 * characters leave as a {@code char[]} and the field is emptied. FX thread.
 */
public final class PassphraseDialog {
    private PassphraseDialog() {}

    /** A prompt showing the dialog over the window {@code owner} names, in the language {@code texts} names. */
    public static VaultViewModel.PassphrasePrompt prompt(Supplier<Window> owner, Supplier<Texts> texts) {
        return problem -> ask(owner.get(), texts.get(), problem);
    }

    private static Optional<char[]> ask(Window owner, Texts texts, Notice problem) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("vault.title"));
        dialog.setHeaderText(texts.get("vault.header"));
        Label why = new Label(texts.get("vault.explanation"));
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        PasswordField field = new PasswordField();
        field.setId("vault-passphrase");
        field.setPromptText(texts.get("vault.prompt"));
        Label refused = new Label(problem == null ? "" : texts.get(problem.key(), problem.detail()));
        refused.setWrapText(true);
        refused.setMinHeight(Region.USE_PREF_SIZE);
        refused.getStyleClass().add(Css.DANGER_TEXT);
        refused.setManaged(problem != null);
        VBox box = new VBox(12, why, field, refused);
        box.setPrefWidth(480);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(Css.STYLESHEET);
        ButtonType unlock = new ButtonType(texts.get("vault.unlock"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(unlock, cancel);
        dialog.getDialogPane().lookupButton(unlock).disableProperty().bind(field.textProperty().isEmpty());
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        // PasswordField keeps its text in a String; take it out once and empty the field.
        char[] chars = field.getText().toCharArray();
        field.clear();
        return answer.filter(b -> b == unlock).map(b -> chars);
    }
}
