package org.switchboard.ui.queue;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Converters;
import org.switchboard.ui.common.DomainTexts;

/**
 * Sort order above the case list, and the filters in a pane that folds away ("Filters (2)" says how many
 * narrow the view while folded), with "Clear" and "Save view…". Every control has a mnemonic. FX thread.
 */
final class QueueFilterBar {
    private final QueueViewModel vm;
    private final Texts texts;
    private final FilterFields fields;
    private final VBox root = new VBox(6);
    private final TitledPane pane = new TitledPane();
    private final ChangeListener<QueueFilters> filtersChanged;
    private final ChangeListener<QueueSort> sortChanged;
    private final ListChangeListener<Object> listsChanged;

    QueueFilterBar(QueueViewModel vm, DomainTexts names, Runnable saveView, boolean expanded) {
        this.vm = vm;
        this.texts = names.texts();
        fields = new FilterFields(vm, names);
        ComboBox<QueueSort> sort = new ComboBox<>();
        sort.setId("queue-sort");
        sort.getItems().setAll(QueueSort.values());
        sort.setConverter(Converters.of(names::sort));
        sort.setValue(vm.sort().get());
        sort.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.sort().get()) {
                vm.sort().set(b);
            }
        });
        sort.setMaxWidth(Double.MAX_VALUE);
        sortChanged = (o, a, b) -> sort.setValue(b);
        vm.sort().addListener(sortChanged);

        GridPane top = grid();
        top.addRow(0, label("queue.sort.label", sort), sort);

        // Label above field, two fields a row: the case list below must keep most of the pane's height.
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        Control[] controls = {fields.status, fields.platform, fields.account, fields.assignee, fields.priority,
                fields.tag};
        String[] keys = {"queue.filter.status", "queue.filter.platform", "queue.filter.account",
                "queue.filter.assignee", "queue.filter.priority", "queue.filter.tag"};
        for (int i = 0; i < controls.length; i++) {
            grid.add(label(keys[i], controls[i]), i % 2, (i / 2) * 2);
            grid.add(controls[i], i % 2, (i / 2) * 2 + 1);
        }
        fields.openErrand.setMnemonicParsing(true);
        fields.overdue.setMnemonicParsing(true);
        Button clear = new Button(texts.get("queue.filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> vm.filters().set(QueueFilters.NONE));
        Button save = new Button(texts.get("queue.views.save"));
        save.setId("filter-save-view");
        save.setOnAction(e -> saveView.run());
        FlowPane checks = new FlowPane(12, 6, fields.openErrand, fields.overdue);
        FlowPane buttons = new FlowPane(8, 6, clear, save);
        VBox content = new VBox(6, grid, checks, buttons);
        content.getStyleClass().add("queue-filter-content");

        pane.setId("queue-filters");
        pane.setContent(content);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        pane.getStyleClass().add("queue-filters");
        titled(vm.filters().get());
        filtersChanged = (o, a, b) -> {
            fields.show(b);
            titled(b);
        };
        vm.filters().addListener(filtersChanged);
        // New rows may bring agents and tags the lists do not offer yet.
        listsChanged = c -> fields.refillLists();
        vm.accounts().addListener(listsChanged);
        root.getChildren().setAll(top, pane);
    }

    Node node() {
        return root;
    }

    /** Whether the filters are unfolded, so a rebuilt bar (language change) keeps it. */
    boolean expanded() {
        return pane.isExpanded();
    }

    /** Refreshes the known agents and tags offered (the rows changed). FX thread. */
    void rowsChanged() {
        fields.refillLists();
    }

    void dispose() {
        vm.filters().removeListener(filtersChanged);
        vm.sort().removeListener(sortChanged);
        vm.accounts().removeListener(listsChanged);
    }

    private void titled(QueueFilters f) {
        int n = f.active();
        pane.setText(n == 0 ? texts.get("queue.filter.title") : texts.get("queue.filter.title-active", n));
    }

    private Label label(String key, Control field) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add("filter-label");
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        return l;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setHgrow(Priority.ALWAYS);
        fieldColumn.setMinWidth(80);
        grid.getColumnConstraints().setAll(labels, fieldColumn);
        return grid;
    }
}
