package org.switchboard.ui.queue;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * The left pane: saved views, sort and platform filter, and the case list. Built anew when the
 * language changes; {@link #dispose()} then detaches it from the long-lived view-model. FX thread.
 */
public final class QueueView {
    private final QueueViewModel vm;
    private final VBox root = new VBox(8);
    private final ListView<QueueRow> list = new ListView<>();
    private final SavedViewList views;
    /** True while the rows change under the list, so its own selection shuffling is not taken as a choice. */
    private boolean syncing;
    private final ListChangeListener<QueueRow> beforeRowsChange = c -> syncing = true;
    private final ListChangeListener<QueueRow> afterRowsChange = c -> reselect();
    private final ChangeListener<Long> selectionFromModel = (o, a, b) -> reselect();

    public QueueView(QueueViewModel vm, DomainTexts names, TimeFormat time) {
        this.vm = vm;
        views = new SavedViewList(vm, names);
        Label viewsTitle = new Label(names.texts().get("queue.views.title"));
        viewsTitle.getStyleClass().add(Css.PANE_TITLE);
        Label casesTitle = new Label(names.texts().get("queue.cases.title"));
        casesTitle.getStyleClass().add(Css.PANE_TITLE);

        list.setId("queue-list");
        list.getStyleClass().add("queue-list");
        list.setCellFactory(l -> new QueueCell(vm, names, time));
        Label empty = new Label(names.texts().get("queue.empty"));
        empty.getStyleClass().add(Css.PLACEHOLDER);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        // Order matters: the "before" listener must run ahead of the list's own selection model,
        // which registers when the items are set; the "after" one runs behind it.
        vm.rows().addListener(beforeRowsChange);
        list.setItems(vm.rows());
        vm.rows().addListener(afterRowsChange);
        vm.selectedCaseId().addListener(selectionFromModel);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.select(b.id());
            }
        });
        reselect();

        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(viewsTitle, views.node(), new QueueFilterBar(vm, names).node(), casesTitle, list);
        root.getStyleClass().add("queue-pane");
        root.setMinWidth(260);
    }

    public Node node() {
        return root;
    }

    /** Moves the selection by {@code delta} rows (J/K) and keeps it in sight. FX thread. */
    public void moveSelection(int delta) {
        if (list.getItems().isEmpty()) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int target = at < 0 ? 0 : Math.clamp(at + (long) delta, 0, list.getItems().size() - 1);
        list.getSelectionModel().clearAndSelect(target);
        list.getFocusModel().focus(target);
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(target); // scrolls only as far as needed, unlike ListView.scrollTo
        } else {
            list.scrollTo(target);
        }
    }

    /** True when the case list has the keyboard focus. FX thread. */
    public boolean listFocused() {
        return list.isFocused();
    }

    /** Puts the keyboard focus on the case list. FX thread. */
    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getFocusModel().focus(0);
        }
    }

    /** Detaches from the view-model (the view is being replaced). FX thread. */
    public void dispose() {
        vm.rows().removeListener(beforeRowsChange);
        vm.rows().removeListener(afterRowsChange);
        vm.selectedCaseId().removeListener(selectionFromModel);
        list.setItems(null);
        views.dispose();
    }

    private void reselect() {
        syncing = true;
        try {
            int i = vm.indexOfSelected();
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != i) {
                list.getSelectionModel().clearAndSelect(i);
                list.getFocusModel().focus(i);
            }
        } finally {
            syncing = false;
        }
    }
}
