package org.switchboard.ui.queue;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.switchboard.service.i18n.Texts;

/**
 * "3 new": shown above the case list while cases arrived in this view since it was read from the top.
 * A click (or Space when focused) reads the list from the top and scrolls to the first new case.
 * Bindings only, so it leaves nothing behind on the view-model. FX thread.
 */
final class NewArrivalsBanner {
    private NewArrivalsBanner() {}

    static Button of(QueueViewModel vm, Texts texts) {
        Button banner = new Button();
        banner.setId("queue-new-banner");
        banner.getStyleClass().add("new-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMnemonicParsing(false);
        banner.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("queue.banner.new", vm.newArrivals().get()), vm.newArrivals()));
        banner.visibleProperty().bind(vm.newArrivals().greaterThan(0));
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setTooltip(new Tooltip(texts.get("queue.banner.tooltip")));
        banner.setOnAction(e -> vm.showNewArrivals());
        return banner;
    }
}
