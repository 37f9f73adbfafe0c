package org.switchboard.ui.queue;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
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
 * The left pane: views, sort and filters, the "N new" banner and the case list. When rows come or go
 * above the first visible one (new cases, a page dropped or re-read by the sliding window), the list is
 * scrolled so that row stays where it was: the agent's place never jumps. Built anew when the language
 * changes; {@link #dispose()} then detaches it from the long-lived view-model. FX thread.
 */
public final class QueueView {
    /** The case list never shrinks below a few rows, whatever the filters take. */
    private static final double MIN_LIST_HEIGHT = 180;

    private final QueueViewModel vm;
    private final VBox root = new VBox(8);
    private final ListView<QueueRow> list = new ListView<>();
    private final SavedViewList views;
    private final QueueFilterBar filterBar;
    /** True while the rows change under the list, so its own selection shuffling is not taken as a choice. */
    private boolean syncing;
    /** The first visible row and its offset before a change, to put it back after. */
    private Long anchorId;
    private int anchorIndex;
    private double anchorOffset;
    private final ListChangeListener<QueueRow> beforeRowsChange = c -> beforeChange();
    private final ListChangeListener<QueueRow> afterRowsChange = c -> afterChange();
    private final ChangeListener<Long> selectionFromModel = (o, a, b) -> reselect();
    private final ChangeListener<Long> scrollRequest = (o, a, id) -> scrollToCase(id);
    private final Runnable measureRows = this::fixRowHeight;
    private final ChangeListener<javafx.scene.Scene> sceneWatch = (o, before, now) -> {
        if (before != null) {
            before.removePostLayoutPulseListener(measureRows);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(measureRows);
        }
    };

    public QueueView(QueueViewModel vm, DomainTexts names, TimeFormat time, boolean filtersOpen) {
        this.vm = vm;
        ViewDialogs dialogs = new ViewDialogs(vm, names.texts(), root);
        views = new SavedViewList(vm, names, new SavedViewList.Actions(dialogs::rename, dialogs::delete));
        filterBar = new QueueFilterBar(vm, names, dialogs::save, filtersOpen);
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
        // Order matters: the "before" listener must run ahead of the list's own selection model and skin,
        // which register when the items are set; the "after" one runs behind them.
        vm.rows().addListener(beforeRowsChange);
        list.setItems(vm.rows());
        vm.rows().addListener(afterRowsChange);
        vm.selectedCaseId().addListener(selectionFromModel);
        vm.scrollTo().addListener(scrollRequest);
        StartupProbe.installIfRequested(vm, list);
        list.sceneProperty().addListener(sceneWatch);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.select(b.id());
            }
        });
        reselect();

        Button banner = NewArrivalsBanner.of(vm, names.texts());
        list.setMinHeight(MIN_LIST_HEIGHT);
        // A small preferred height and all the growth: the list takes what the views and filters leave.
        list.setPrefHeight(MIN_LIST_HEIGHT);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(viewsTitle, views.node(), filterBar.node(), casesTitle, banner, list);
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
        if (flow() instanceof VirtualFlow<?> flow) {
            flow.scrollTo(target); // scrolls only as far as needed, unlike ListView.scrollTo
        } else {
            list.scrollTo(target);
        }
    }

    /**
     * Scrolls the case list at a steady speed and reports how smooth it was (the benchmark's scroll probe,
     * {@link ScrollProbe}). FX thread; {@code done} is called on it.
     */
    public void probeScrolling(ScrollProbe.Settings settings, java.util.function.Consumer<ScrollProbe.Result> done) {
        ScrollProbe.start(list, settings, done);
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

    /** Puts the keyboard focus on the views list (G then V). FX thread. */
    public void focusViews() {
        views.focus();
    }

    /** G then 1…7: the built-in view of that number, in the list's order. FX thread. */
    public void chooseView(int number) {
        if (number >= 1 && number <= SavedViewList.ORDER.size()) {
            vm.choose(new ViewChoice.BuiltIn(SavedViewList.ORDER.get(number - 1)));
            focusList();
        }
    }

    /** Whether the filters are unfolded; the window passes it to the next view after a rebuild. FX thread. */
    public boolean filtersOpen() {
        return filterBar.expanded();
    }

    /** Detaches from the view-model (the view is being replaced). FX thread. */
    public void dispose() {
        vm.rows().removeListener(beforeRowsChange);
        vm.rows().removeListener(afterRowsChange);
        vm.selectedCaseId().removeListener(selectionFromModel);
        vm.scrollTo().removeListener(scrollRequest);
        list.sceneProperty().removeListener(sceneWatch);
        if (list.getScene() != null) {
            list.getScene().removePostLayoutPulseListener(measureRows);
        }
        list.setItems(null);
        views.dispose();
        filterBar.dispose();
    }

    private void beforeChange() {
        syncing = true;
        anchorId = null;
        // The cells still show the old rows: the skin has not seen the change yet.
        if (flow() instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() instanceof IndexedCell<?> cell
                && cell.getItem() instanceof QueueRow row) {
            anchorId = row.id();
            anchorIndex = cell.getIndex();
            anchorOffset = cell.getLayoutY();
        }
    }

    private void afterChange() {
        reselect();
        filterBar.rowsChanged();
        Long id = anchorId;
        anchorId = null;
        if (id == null || !(flow() instanceof VirtualFlow<?> flow)) {
            return;
        }
        int index = indexOf(id);
        if (index == anchorIndex) {
            return; // rows came or went below it (the next page while scrolling down): it has not moved
        }
        list.layout(); // the skin takes in the new row count (it keeps the first row's index, not the row)
        if (index >= 0 && flow.getFirstVisibleCell() instanceof IndexedCell<?> first && list.getFixedCellSize() > 0) {
            // rows have one fixed height, so the distance to where the row was is arithmetic; scrollPixels moves
            // the cells at once (scrollToTop only asked for a layout, and the next change then read stale cells)
            double y = first.getLayoutY() + (index - first.getIndex()) * list.getFixedCellSize();
            flow.scrollPixels(y - anchorOffset);
        } else if (index >= 0) {
            flow.scrollToTop(index);
            flow.scrollPixels(-anchorOffset);
        }
    }

    /**
     * Every row has the same three single-line parts, so all rows are as high as the tallest one laid out. That
     * height is the list's fixed cell size: the list then places rows by arithmetic instead of sizing each row it
     * scrolls past (which applied CSS to a measuring cell for every row and was most of the FX thread's work while
     * scrolling, docs/performance.md, ADR 0024). Measured, not set in CSS, because the height follows the system
     * font; checked after every layout pulse against the rows on screen (their preferred heights are cached, so
     * this is cheap) and only ever raised, so a row styled late or a taller font is never cut off. FX thread.
     */
    private void fixRowHeight() {
        if (!(flow() instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null
                || flow.getLastVisibleCell() == null) {
            return;
        }
        double tallest = 0;
        for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
            if (flow.getVisibleCell(i) instanceof QueueCell cell && !cell.isEmpty() && cell.getItem() != null) {
                tallest = Math.max(tallest, cell.neededHeight());
            }
        }
        if (Math.ceil(tallest) > list.getFixedCellSize()) {
            list.setFixedCellSize(Math.ceil(tallest));
        }
    }

    private void scrollToCase(Long id) {
        if (id == null) {
            return;
        }
        int index = indexOf(id);
        if (index >= 0 && flow() instanceof VirtualFlow<?> flow) {
            list.layout();
            flow.scrollToTop(index);
        }
        vm.scrollTo().set(null);
    }

    private int indexOf(long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
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
