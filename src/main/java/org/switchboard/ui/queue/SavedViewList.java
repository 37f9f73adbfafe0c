package org.switchboard.ui.queue;

import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.ui.common.DomainTexts;

/** The saved views with their counts; picking one switches the queue. FX thread. */
final class SavedViewList {
    /** The order agents work in: new things first, the catch-all last. */
    static final List<SavedView> ORDER = List.of(SavedView.NEW, SavedView.MINE, SavedView.UNASSIGNED,
            SavedView.WAITING_ON_DEPARTMENTS, SavedView.OVERDUE_FOLLOW_UPS, SavedView.RESOLVED_TODAY, SavedView.ALL);
    private static final double ROW = 28;

    private final QueueViewModel vm;
    private final ListView<SavedView> list = new ListView<>();
    private final MapChangeListener<SavedView, Long> countsChanged;

    SavedViewList(QueueViewModel vm, DomainTexts names) {
        this.vm = vm;
        list.getItems().setAll(ORDER);
        list.setId("saved-views");
        list.getStyleClass().add("saved-views");
        list.setFixedCellSize(ROW);
        list.setPrefHeight(ROW * ORDER.size() + 4);
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(l -> new ViewCell(names));
        list.getSelectionModel().select(vm.view().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.view().set(b);
            }
        });
        countsChanged = change -> list.refresh();
        vm.counts().addListener(countsChanged);
    }

    ListView<SavedView> node() {
        return list;
    }

    void dispose() {
        vm.counts().removeListener(countsChanged);
    }

    private final class ViewCell extends ListCell<SavedView> {
        private final DomainTexts names;
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        ViewCell(DomainTexts names) {
            this.names = names;
            name.setMinWidth(0);
            count.getStyleClass().add("view-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(6, name, gap, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SavedView view, boolean empty) {
            super.updateItem(view, empty);
            setText(null);
            if (empty || view == null) {
                setGraphic(null);
                return;
            }
            name.setText(names.view(view));
            Long n = vm.counts().get(view);
            count.setText(n == null ? "" : String.valueOf(n));
            count.setVisible(n != null);
            setGraphic(box);
            setAccessibleText(name.getText() + (n == null ? "" : ", " + n));
        }
    }
}
