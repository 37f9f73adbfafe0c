package org.switchboard.ui.errands;

import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.domain.Unit;
import org.switchboard.service.errands.ErrandView;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.TimeFormat;

/**
 * The errands view in its own window (Ctrl+Shift+E): open errands overdue first, filters, the unmatched
 * answer mails apart. Enter or a double-click opens the errand's case in the main window. FX thread.
 */
public final class ErrandsWindow {
    private final ErrandsViewModel vm;
    private final LongConsumer openCase;
    private Stage stage;

    public ErrandsWindow(ErrandsViewModel vm, LongConsumer openCase) {
        this.vm = vm;
        this.openCase = openCase;
    }

    /** Shows the window (built anew in the current language) and re-reads the errands. FX thread. */
    public void show(Window owner, ErrandWords words, TimeFormat time) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
        }
        Texts texts = words.texts();
        stage.setTitle(texts.get("errands.view.title"));
        TableView<ErrandView> table = table(words, time);
        Scene scene = new Scene(layout(words, time, table), 1000, 760);
        scene.getStylesheets().addAll(Css.STYLESHEET, ErrandCss.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        vm.refresh();
        stage.show();
        stage.toFront();
        table.requestFocus();
    }

    /** Closes the window if open. FX thread. */
    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private VBox layout(ErrandWords words, TimeFormat time, TableView<ErrandView> table) {
        Texts texts = words.texts();
        ComboBox<Unit> unit = new ComboBox<>(vm.units());
        unit.setId("errands-filter-unit");
        unit.setPromptText(texts.get("errands.filter.all-units"));
        unit.setConverter(converter(u -> u == null ? texts.get("errands.filter.all-units") : ErrandWords.unit(u)));
        unit.valueProperty().bindBidirectional(vm.unit());
        ComboBox<ErrandStatus> status = new ComboBox<>();
        status.setId("errands-filter-status");
        status.getItems().add(null);
        status.getItems().addAll(ErrandStatus.values());
        status.setConverter(converter(s -> s == null ? texts.get("errands.filter.all-open") : words.status(s)));
        status.valueProperty().bindBidirectional(vm.status());
        CheckBox overdue = new CheckBox(texts.get("errands.filter.overdue"));
        overdue.setId("errands-filter-overdue");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnly());
        HBox filters = new HBox(10, new Label(texts.get("errands.filter.unit")), unit,
                new Label(texts.get("errands.filter.status")), status, overdue);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.control.Button resend = new javafx.scene.control.Button(texts.get("errands.resend"));
        resend.setId("errands-resend");
        resend.disableProperty().bind(table.getSelectionModel().selectedItemProperty().map(v -> v.delivered())
                .orElse(true));
        resend.setOnAction(e -> vm.resend(table.getSelectionModel().getSelectedItem()));
        filters.getChildren().add(resend);
        Label notice = new Label();
        notice.getStyleClass().add(Css.DANGER_TEXT);
        notice.textProperty().bind(vm.notice().map(n -> texts.get(n.key(), n.detail())).orElse(""));
        Label unmatchedTitle = new Label(texts.get("errands.unmatched.title"));
        unmatchedTitle.getStyleClass().add(Css.SECTION_TITLE);
        Label unmatchedHint = new Label(texts.get("errands.unmatched.hint"));
        unmatchedHint.getStyleClass().add(Css.MUTED);
        unmatchedHint.setWrapText(true);
        unmatchedHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ListView<UnmatchedMail> unmatched = new ListView<>(vm.unmatched());
        unmatched.setId("errands-unmatched");
        unmatched.setPrefHeight(120);
        unmatched.setMinHeight(90);
        unmatched.setPlaceholder(new Label(texts.get("errands.unmatched.none")));
        unmatched.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(UnmatchedMail m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : texts.get("errands.unmatched.row",
                        DisplayText.oneLine(m.from() == null ? "?" : m.from()), DisplayText.oneLine(m.subject()),
                        time.exact(m.receivedAt())));
            }
        });
        Label title = new Label(texts.get("errands.view.header"));
        VBox assign = assignPane(texts, unmatched);
        title.getStyleClass().add(Css.PANE_TITLE);
        VBox box = new VBox(8, title, filters, table, notice, unmatchedTitle, unmatchedHint, unmatched, assign);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("errands-window");
        return box;
    }

    /**
     * Under the unmatched mails: the chosen mail's text (plain text, never rendered), and "assign to errand"
     * with the reference typed or picked from the listed errands.
     */
    private VBox assignPane(Texts texts, ListView<UnmatchedMail> unmatched) {
        unmatched.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> vm.selectedMail().set(m));
        vm.selectedMail().addListener((o, a, m) -> {
            if (m == null) {
                unmatched.getSelectionModel().clearSelection();
            }
        });
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
        text.setId("errands-unmatched-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setPromptText(texts.get("errands.assign.text-prompt"));
        text.textProperty().bind(vm.selectedMail().map(m -> m.text()).orElse(""));
        ComboBox<String> ref = new ComboBox<>();
        ref.setId("errands-assign-ref");
        ref.setEditable(true);
        ref.setPrefWidth(220);
        ref.setPromptText(texts.get("errands.assign.ref-prompt"));
        vm.rows().addListener((javafx.collections.ListChangeListener<ErrandView>) c -> ref.getItems().setAll(
                vm.rows().stream().map(v -> v.errand().ref().value()).toList()));
        ref.getEditor().textProperty().bindBidirectional(vm.assignRef());
        Label refLabel = new Label(texts.get("errands.assign.ref"));
        refLabel.setLabelFor(ref);
        javafx.scene.control.Button go = new javafx.scene.control.Button(texts.get("errands.assign.button"));
        go.setId("errands-assign");
        go.disableProperty().bind(vm.selectedMail().isNull().or(vm.assigning()));
        go.setOnAction(e -> vm.assign());
        ref.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !go.isDisabled()) {
                e.consume();
                vm.assign();
            }
        });
        Label outcome = new Label();
        outcome.setId("errands-assign-notice");
        outcome.setWrapText(true);
        vm.assignNotice().addListener((o, a, n) -> {
            outcome.getStyleClass().removeAll(Css.SUCCESS_TEXT, Css.WARNING_TEXT, Css.DANGER_TEXT);
            outcome.setText(n == null ? "" : texts.get(n.key(), n.detail()));
            if (n != null) {
                outcome.getStyleClass().add(n.styleClass());
            }
        });
        HBox row = new HBox(8, refLabel, ref, go);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, text, row, outcome);
    }

    private TableView<ErrandView> table(ErrandWords words, TimeFormat time) {
        Texts texts = words.texts();
        TableView<ErrandView> table = new TableView<>(vm.rows());
        table.setId("errands-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(texts.get("errands.view.none")));
        table.getColumns().add(column(texts.get("errands.col.due"), v -> (vm.overdue(v)
                ? texts.get("errands.overdue-mark") + " " : "") + time.exact(v.errand().dueAt()), 230));
        table.getColumns().add(column(texts.get("errands.col.ref"), v -> v.errand().ref().value(), 140));
        table.getColumns().add(column(texts.get("errands.col.unit"), v -> DisplayText.oneLine(
                v.unitName() == null ? v.errand().unitKey() : v.unitName()), 280));
        table.getColumns().add(column(texts.get("errands.col.channel"), v -> words.channel(v.errand().via()), 90));
        table.getColumns().add(column(texts.get("errands.col.status"), v -> words.status(v.errand().status())
                + (v.delivered() ? "" : " · " + texts.get("errands.not-sent")), 150));
        table.getColumns().add(column(texts.get("errands.col.case"), v -> "#" + v.errand().caseId(), 70));
        table.setRowFactory(t -> {
            TableRow<ErrandView> row = new TableRow<>() {
                @Override
                protected void updateItem(ErrandView v, boolean empty) {
                    super.updateItem(v, empty);
                    getStyleClass().remove("errands-row-overdue");
                    if (!empty && v != null && vm.overdue(v)) {
                        getStyleClass().add("errands-row-overdue");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private void open(ErrandView v) {
        openCase.accept(v.errand().caseId());
    }

    private static TableColumn<ErrandView, String> column(String title, Function<ErrandView, String> value,
                                                          double width) {
        TableColumn<ErrandView, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.getStyleClass().add(title.isEmpty() ? "" : "errands-col");
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
