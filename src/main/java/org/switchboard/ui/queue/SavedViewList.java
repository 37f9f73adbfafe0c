package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Settings.CustomView;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.ui.common.DomainTexts;

/**
 * The views with their counts: the built-in ones, then the agent's saved ones (F2 or the context menu
 * renames, Delete removes). Picking one switches the queue. FX thread.
 */
final class SavedViewList {
    /** The order agents work in: new things first, the catch-all last. */
    static final List<SavedView> ORDER = List.of(SavedView.NEW, SavedView.MINE, SavedView.UNASSIGNED,
            SavedView.WAITING_ON_DEPARTMENTS, SavedView.OVERDUE_FOLLOW_UPS, SavedView.RESOLVED_TODAY, SavedView.ALL);
    private static final double ROW = 28;
    /** Beyond this many rows the list scrolls instead of pushing the cases down. */
    private static final int MAX_SHOWN = 11;

    private final QueueViewModel vm;
    private final ListView<ViewChoice> list = new ListView<>();
    private final MapChangeListener<SavedView, Long> countsChanged = c -> refreshCells();
    private final MapChangeListener<String, Long> customCountsChanged = c -> refreshCells();
    private final ListChangeListener<CustomView> viewsChanged = c -> fill();
    private final ChangeListener<ViewChoice> choiceChanged = (o, a, b) -> reselect();
    private boolean filling;

    /** What the list asks of the queue pane: a name for renaming, a yes for deleting. */
    record Actions(Consumer<CustomView> rename, Consumer<CustomView> delete) {}

    SavedViewList(QueueViewModel vm, DomainTexts names, Actions actions) {
        this.vm = vm;
        list.setId("saved-views");
        list.getStyleClass().add("saved-views");
        list.setFixedCellSize(ROW);
        // Shrinks (and scrolls) before the case list does when the filters are unfolded on a small screen.
        list.setMinHeight(ROW * 3 + 4);
        list.setCellFactory(l -> new ViewCell(names, actions));
        fill();
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !filling && !b.equals(vm.choice().get())) {
                vm.choose(b);
            }
        });
        list.setOnKeyPressed(e -> {
            if (list.getSelectionModel().getSelectedItem() instanceof ViewChoice.Custom(CustomView v)) {
                if (e.getCode() == KeyCode.F2) {
                    e.consume();
                    actions.rename().accept(v);
                } else if (e.getCode() == KeyCode.DELETE) {
                    e.consume();
                    actions.delete().accept(v);
                }
            }
        });
        vm.counts().addListener(countsChanged);
        vm.customCounts().addListener(customCountsChanged);
        vm.customViews().addListener(viewsChanged);
        vm.choice().addListener(choiceChanged);
    }

    ListView<ViewChoice> node() {
        return list;
    }

    /** Puts the focus on the views (G then V). FX thread. */
    void focus() {
        list.requestFocus();
        int i = list.getSelectionModel().getSelectedIndex();
        list.getFocusModel().focus(Math.max(0, i));
    }

    void dispose() {
        vm.counts().removeListener(countsChanged);
        vm.customCounts().removeListener(customCountsChanged);
        vm.customViews().removeListener(viewsChanged);
        vm.choice().removeListener(choiceChanged);
    }

    private void fill() {
        List<ViewChoice> items = new ArrayList<>();
        ORDER.forEach(v -> items.add(new ViewChoice.BuiltIn(v)));
        vm.customViews().forEach(v -> items.add(new ViewChoice.Custom(v)));
        filling = true;
        try {
            list.getItems().setAll(items);
        } finally {
            filling = false;
        }
        list.setPrefHeight(ROW * Math.min(items.size(), MAX_SHOWN) + 4);
        reselect();
    }

    private void reselect() {
        filling = true;
        try {
            list.getSelectionModel().select(vm.choice().get());
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                list.scrollTo(Math.max(0, i - 2)); // the chosen view stays in sight when the list is short
            }
        } finally {
            filling = false;
        }
    }

    private void refreshCells() {
        list.refresh();
    }

    private final class ViewCell extends ListCell<ViewChoice> {
        private final DomainTexts names;
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;
        private final ContextMenu menu = new ContextMenu();

        ViewCell(DomainTexts names, Actions actions) {
            this.names = names;
            name.setMinWidth(0);
            count.getStyleClass().add("view-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(6, name, gap, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            MenuItem rename = new MenuItem(names.texts().get("queue.views.rename"));
            rename.setOnAction(e -> {
                if (getItem() instanceof ViewChoice.Custom(CustomView v)) {
                    actions.rename().accept(v);
                }
            });
            MenuItem delete = new MenuItem(names.texts().get("queue.views.delete"));
            delete.setOnAction(e -> {
                if (getItem() instanceof ViewChoice.Custom(CustomView v)) {
                    actions.delete().accept(v);
                }
            });
            menu.getItems().setAll(rename, delete);
        }

        @Override
        protected void updateItem(ViewChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            getStyleClass().remove("custom-view");
            if (empty || item == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            Long n;
            if (item instanceof ViewChoice.Custom(CustomView v)) {
                name.setText(DisplayText.oneLine(v.name()));
                n = vm.customCounts().get(v.name());
                getStyleClass().add("custom-view");
                setContextMenu(menu);
            } else {
                SavedView v = ((ViewChoice.BuiltIn) item).view();
                name.setText(names.view(v));
                n = vm.counts().get(v);
                setContextMenu(null);
            }
            count.setText(n == null ? "" : String.valueOf(n));
            count.setVisible(n != null);
            setGraphic(box);
            setAccessibleText(name.getText() + (n == null ? "" : ", " + n));
        }
    }
}
