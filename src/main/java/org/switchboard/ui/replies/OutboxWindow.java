package org.switchboard.ui.replies;

import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * The outbox in its own window: every reply not sent yet and what was sent in the last week, newest release
 * last, with its state and last error in words; "Retry" for a failed entry or one needing attention, "Open case"
 * (Enter, double-click) shows its case in the main window. FX thread.
 */
public final class OutboxWindow {
    private final OutboxViewModel vm;
    private final LongConsumer openCase;
    private Stage stage;

    public OutboxWindow(OutboxViewModel vm, LongConsumer openCase) {
        this.vm = vm;
        this.openCase = openCase;
    }

    /** Shows the window (built anew in the current language) and re-reads the outbox. FX thread. */
    public void show(Window owner, DomainTexts names, TimeFormat time) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setOnHidden(e -> vm.shown(false));
        }
        Texts texts = names.texts();
        stage.setTitle(texts.get("outbox.title"));
        TableView<OutboxEntry> table = table(names, time);
        Button retry = new Button(texts.get("outbox.retry"));
        retry.setId("outbox-retry");
        retry.disableProperty().bind(table.getSelectionModel().selectedItemProperty()
                .map(OutboxViewModel::retryable).map(b -> !b).orElse(true));
        retry.setOnAction(e -> vm.retry(table.getSelectionModel().getSelectedItem()));
        Button open = new Button(texts.get("outbox.open-case"));
        open.setId("outbox-open-case");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected(table));
        Button more = new Button(texts.get("outbox.more"));
        more.setId("outbox-more");
        more.visibleProperty().bind(vm.more());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.loadMore());
        Button refresh = new Button(texts.get("outbox.refresh"));
        refresh.setId("outbox-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Label notice = new Label();
        notice.setId("outbox-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(vm.notice().map(n -> texts.get(n.key(), n.detail())).orElse(""));
        vm.notice().addListener((o, a, n) -> {
            notice.getStyleClass().removeAll(Css.DANGER_TEXT, Css.SUCCESS_TEXT, Css.WARNING_TEXT);
            if (n != null) {
                notice.getStyleClass().add(n.styleClass());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, retry, open, gap, more, refresh);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(texts.get("outbox.header"));
        title.getStyleClass().add(Css.PANE_TITLE);
        Label hint = new Label(texts.get("outbox.hint"));
        hint.getStyleClass().add(Css.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // the chosen entry's state and reason in full (the column cuts long reasons off)
        Label detail = new Label();
        detail.setId("outbox-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        // with the service's own words (the platform's or server's message) when the reason above says less
        detail.textProperty().bind(table.getSelectionModel().selectedItemProperty().map(e -> "#" + e.caseId() + " \u2014 "
                + OutboxTexts.state(texts, time, e) + (OutboxTexts.details(e).isEmpty()
                || OutboxTexts.details(e).equals(OutboxTexts.reason(texts, time, e)) ? ""
                : "\n" + texts.get("outbox.details", OutboxTexts.details(e)))).orElse(""));
        VBox box = new VBox(8, title, hint, table, detail, buttons, notice);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("outbox-window");
        box.setStyle("-fx-padding: 12;");
        Scene scene = new Scene(box, 1240, 600);
        scene.getStylesheets().add(Css.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (e.getCode() == KeyCode.ENTER && table.isFocused()) {
                e.consume();
                openSelected(table);
            }
        });
        stage.setScene(scene);
        vm.shown(true);
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

    private void openSelected(TableView<OutboxEntry> table) {
        OutboxEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            openCase.accept(e.caseId());
        }
    }

    private TableView<OutboxEntry> table(DomainTexts names, TimeFormat time) {
        Texts texts = names.texts();
        TableView<OutboxEntry> table = new TableView<>(vm.rows());
        table.setId("outbox-table");
        table.setPlaceholder(new Label(texts.get("outbox.empty")));
        table.getItems().addListener((javafx.collections.ListChangeListener<OutboxEntry>) c -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        table.getColumns().setAll(java.util.List.of(
                column(texts.get("outbox.col.case"), 70, e -> "#" + e.caseId()),
                column(texts.get("outbox.col.state"), 190, e -> OutboxTexts.name(texts, e.state())),
                column(texts.get("outbox.col.error"), 330, e -> e.lastError() == null ? ""
                        : OutboxTexts.reason(texts, time, e)),
                column(texts.get("outbox.col.platform"), 105, e -> e.platform().displayName()),
                column(texts.get("outbox.col.account"), 220, e -> DisplayText.oneLine(e.accountName())),
                column(texts.get("outbox.col.channel"), 130, e -> texts.get("reply.channel.choose." + e.channel().id())),
                column(texts.get("outbox.col.attempts"), 100, e -> Integer.toString(e.attempts())),
                column(texts.get("outbox.col.created"), 120, e -> time.at(e.createdAt())),
                column(texts.get("outbox.col.sent"), 120, e -> e.sentAt() == null ? "" : time.at(e.sentAt())),
                column(texts.get("outbox.col.text"), 240, e -> DisplayText.oneLine(e.text()))));
        table.setRowFactory(t -> {
            TableRow<OutboxEntry> row = new TableRow<>();
            row.setOnMouseClicked(ev -> {
                if (ev.getClickCount() == 2 && !row.isEmpty()) {
                    openCase.accept(row.getItem().caseId());
                }
            });
            return row;
        });
        return table;
    }

    private static TableColumn<OutboxEntry, String> column(String title, double width,
                                                          Function<OutboxEntry, String> value) {
        TableColumn<OutboxEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
