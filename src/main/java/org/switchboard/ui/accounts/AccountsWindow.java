package org.switchboard.ui.accounts;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.Workspace;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.EventBridge;
import org.switchboard.ui.common.TimeFormat;

/**
 * The accounts screen's own window (Ctrl+Shift+A), beside the main window so the queue stays in sight.
 * It listens to sync events only while it is open (Bisq's habit: subscribe when shown, unsubscribe when
 * hidden). FX thread.
 */
public final class AccountsWindow {
    /** What the window needs from the main window. */
    public record Setup(Workspace ws, BackgroundRunner runner, VaultViewModel vault, Consumer<String> openLink,
                        Clock clock, Runnable accountsChanged) {}

    private final Setup setup;
    private Stage stage;
    private AccountsView view;
    private EventBridge bridge;

    public AccountsWindow(Setup setup) {
        this.setup = setup;
    }

    /** Opens the window over {@code owner}, or brings it to the front when it is open. FX thread. */
    public void show(Window owner, Texts texts) {
        if (stage != null) {
            stage.toFront();
            stage.requestFocus();
            return;
        }
        AccountsViewModel vm = new AccountsViewModel(setup.ws(), setup.vault(), setup.runner(),
                setup.accountsChanged());
        DomainTexts names = new DomainTexts(texts);
        AccountTexts words = new AccountTexts(names, new TimeFormat(texts, setup.clock()));
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(texts.get("accounts.window.title"));
        view = new AccountsView(vm, names, words, () -> openAdd(texts, vm), row -> confirmRemove(texts, row));
        Scene scene = new Scene(view.node(), 1320, 540);
        scene.getStylesheets().add(Css.STYLESHEET);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        bridge = EventBridge.toFxThread(setup.ws().events());
        bridge.listen(vm::onEvent);
        stage.setOnHidden(e -> detach());
        stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : java.util.List.of());
        vm.refresh();
        stage.show();
        view.focus();
    }

    /** Shows the window again in another language, if it is open. FX thread. */
    public void relabel(Window owner, Texts texts) {
        if (stage != null) {
            stage.close();
            show(owner, texts);
        }
    }

    /** The window when open, for dialogs to sit on; else {@code null}. FX thread. */
    public Window window() {
        return stage;
    }

    /** Closes the window. FX thread. */
    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private void detach() {
        if (bridge != null) {
            bridge.close();
            view.dispose();
        }
        bridge = null;
        view = null;
        stage = null;
    }

    private void openAdd(Texts texts, AccountsViewModel vm) {
        AddAccountViewModel add = new AddAccountViewModel(setup.ws().accounts(), setup.runner(), vm::added);
        // The sign-in hands over the address on its own thread; the browser is opened from the FX thread.
        Consumer<String> browser = url -> Platform.runLater(() -> setup.openLink().accept(url));
        AddAccountDialog.show(stage, texts, add, browser);
    }

    private boolean confirmRemove(Texts texts, AccountRow row) {
        ButtonType remove = new ButtonType(texts.get("accounts.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("accounts.remove.body"), remove, cancel);
        alert.initOwner(stage);
        alert.setTitle(texts.get("accounts.remove.title"));
        alert.setHeaderText(texts.get("accounts.remove.header", DisplayText.oneLine(row.name())));
        alert.getDialogPane().getStylesheets().add(Css.STYLESHEET);
        return alert.showAndWait().filter(b -> b == remove).isPresent();
    }
}
