package org.switchboard.ui.shell;

import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.switchboard.domain.WorkspaceUnavailableException;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Problem;

/**
 * The dialog when the workspace cannot be opened. The exception's message already names the problem
 * and the fix (written by the store), so it is shown as it is under a localized title. FX thread.
 */
final class StartupFailure {
    private StartupFailure() {}

    static void show(Stage owner, Texts texts, Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(texts.get("startup.error.title"));
        if (failure instanceof WorkspaceUnavailableException w) {
            alert.setHeaderText(texts.get("startup.error." + w.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        } else {
            alert.setHeaderText(texts.get("startup.error.other"));
        }
        Label message = new Label(failure instanceof WorkspaceUnavailableException ? failure.getMessage()
                : Problem.readable(failure));
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.setId("startup-error-message");
        alert.getDialogPane().setContent(message);
        alert.getButtonTypes().setAll(HelpDialogs.close(texts));
        alert.setResizable(true);
        alert.showAndWait();
    }
}
