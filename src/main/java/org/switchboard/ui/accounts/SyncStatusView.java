package org.switchboard.ui.accounts;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.switchboard.service.i18n.Texts;

/**
 * The status bar's sync line: "3 accounts · synced 1 min ago" or the worst account's trouble, with every
 * account in the tooltip. A click opens the accounts screen, or asks for the vault passphrase while the
 * tokens are locked. "1 min ago" ages, so the line is re-worded every 30 seconds. FX thread.
 */
public final class SyncStatusView {
    private static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");

    private final Hyperlink link = new Hyperlink();
    private final IntegerProperty minute = new SimpleIntegerProperty();
    private final Timeline aging = new Timeline(new KeyFrame(Duration.seconds(30), e -> minute.set(minute.get() + 1)));
    /** True while a person should look: tokens locked, or a real account in trouble. */
    private final BooleanBinding trouble;

    public SyncStatusView(SyncSummaryViewModel vm, VaultViewModel vault, AccountTexts words, Texts texts,
                          Runnable openAccounts, Runnable unlock) {
        link.setId("status-sync");
        link.setMnemonicParsing(false);
        link.getStyleClass().add("status-sync");
        link.setMinWidth(0);
        link.textProperty().bind(Bindings.createStringBinding(() -> vault.locked().get()
                ? texts.get("sync.summary.locked") : words.summary(vm.rows()), vm.rows(), vault.locked(), minute));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> words.details(vm.rows()), vm.rows(), minute));
        link.setTooltip(tip);
        link.setOnAction(e -> {
            link.setVisited(false);
            if (vault.locked().get()) {
                unlock.run();
            } else {
                openAccounts.run();
            }
        });
        trouble = Bindings.createBooleanBinding(() -> vault.locked().get()
                || vm.rows().stream().anyMatch(r -> !r.demo() && r.shown().troubled()), vm.rows(), vault.locked());
        trouble.addListener((o, a, b) -> link.pseudoClassStateChanged(TROUBLE, b));
        link.pseudoClassStateChanged(TROUBLE, trouble.get());
        aging.setCycleCount(Animation.INDEFINITE);
        aging.play();
    }

    public Node node() {
        return link;
    }

    /** Stops re-wording and lets go of the view-models. FX thread. */
    public void dispose() {
        aging.stop();
        trouble.dispose();
    }
}
