package org.switchboard.ui.accounts;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.Notice;

/**
 * The accounts screen's content: where tokens are kept, the actions, the table of accounts with their
 * sync state in words, and the latest outcome. Removing asks first through {@code confirmRemove}. FX thread.
 */
final class AccountsView {
    private final AccountsViewModel vm;
    private final Texts texts;
    private final DomainTexts names;
    private final AccountTexts words;
    private final VBox root = new VBox(10);
    private final TableView<AccountRow> table = new TableView<>();
    private final ChangeListener<Notice> noticeChanged;
    private final Label notice = new Label();

    /**
     * @param openAdd       opens the add dialog (after the vault is unlocked)
     * @param confirmRemove asks whether to remove the account; true to go ahead
     */
    AccountsView(AccountsViewModel vm, DomainTexts names, AccountTexts words, Runnable openAdd,
                 Function<AccountRow, Boolean> confirmRemove) {
        this.vm = vm;
        this.texts = names.texts();
        this.names = names;
        this.words = words;
        Label title = new Label(texts.get("accounts.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label store = new Label();
        store.setId("accounts-store");
        store.setWrapText(true);
        store.setMinHeight(Region.USE_PREF_SIZE);
        store.getStyleClass().add(Css.MUTED);
        store.textProperty().bind(Bindings.createStringBinding(() -> storeText(vm.store().get()), vm.store()));

        buildTable();
        Button add = button("accounts.action.add", "accounts-add", e -> vm.startAdd(openAdd));
        add.getStyleClass().add(Styles.ACCENT);
        Button test = button("accounts.action.test", "accounts-test", e -> vm.test(selected()));
        Button pause = button("accounts.action.pause", "accounts-pause", e -> vm.togglePause(selected()));
        Button remove = button("accounts.action.remove", "accounts-remove", e -> remove(confirmRemove));
        Button sync = button("accounts.action.sync", "accounts-sync", e -> vm.syncNow());
        sync.setTooltip(new Tooltip(texts.get("accounts.action.sync.tooltip")));
        var selection = table.getSelectionModel().selectedItemProperty();
        // A demo account never connects: testing or pausing it would only produce a puzzling error.
        test.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selection.get() == null || selection.get().demo(), selection));
        pause.disableProperty().bind(test.disableProperty());
        remove.disableProperty().bind(selection.isNull());
        pause.textProperty().bind(Bindings.createStringBinding(() -> texts.get(
                selection.get() != null && selection.get().account().paused()
                        ? "accounts.action.resume" : "accounts.action.pause"), selection));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, add, test, pause, remove, gap, sync);
        actions.setAlignment(Pos.CENTER_LEFT);

        notice.setId("accounts-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        noticeChanged = (o, a, n) -> showNotice(n);
        vm.notice().addListener(noticeChanged);
        showNotice(vm.notice().get());

        // The chosen account's whole last error: the column can only show its start.
        Label detail = new Label();
        detail.setId("accounts-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.getStyleClass().add(Css.MUTED);
        detail.textProperty().bind(Bindings.createStringBinding(() -> selection.get() == null
                || words.lastError(selection.get()).isEmpty() ? "" : texts.get("accounts.detail.error",
                selection.get().name(), words.lastError(selection.get())), selection));
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());

        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().setAll(title, store, actions, table, detail, notice);
        root.getStyleClass().add("accounts-pane");
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected() != null) {
                remove(confirmRemove);
            }
        });
    }

    javafx.scene.Parent node() {
        return root;
    }

    /** Puts the keyboard focus on the table. FX thread. */
    void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Lets go of the view-model. FX thread. */
    void dispose() {
        vm.notice().removeListener(noticeChanged);
        table.setItems(null);
    }

    private void buildTable() {
        table.setId("accounts-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(texts.get("accounts.empty"));
        empty.getStyleClass().add(Css.PLACEHOLDER);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<AccountRow, AccountRow> platform = column("accounts.column.platform", 84, null);
        platform.setCellFactory(c -> new BadgeCell(names));
        table.getColumns().setAll(List.of(platform,
                column("accounts.column.name", 240, AccountRow::name),
                column("accounts.column.handle", 200, words::handle),
                stateColumn(),
                column("accounts.column.last-sync", 220, words::lastSync),
                column("accounts.column.next-sync", 100, words::nextSync),
                column("accounts.column.error", 260, words::lastError)));
        // Keyboard first: once the rows are there, one is chosen, so the actions work without a mouse.
        table.getItems().addListener((javafx.collections.ListChangeListener<AccountRow>) c -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
    }

    private TableColumn<AccountRow, AccountRow> stateColumn() {
        TableColumn<AccountRow, AccountRow> state = column("accounts.column.state", 250, null);
        state.setCellFactory(c -> new TextCell(words::state) {
            @Override
            protected void updateItem(AccountRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(Css.DANGER_TEXT, Css.WARNING_TEXT, Css.SUCCESS_TEXT);
                if (!empty && row != null) {
                    getStyleClass().add(switch (row.shown()) {
                        case RECONNECT_NEEDED, ERROR -> Css.DANGER_TEXT;
                        case OFFLINE, RATE_LIMITED -> Css.WARNING_TEXT;
                        case OK -> Css.SUCCESS_TEXT;
                        default -> Css.MUTED;
                    });
                }
            }
        });
        return state;
    }

    private TableColumn<AccountRow, AccountRow> column(String key, double width, Function<AccountRow, String> text) {
        TableColumn<AccountRow, AccountRow> c = new TableColumn<>(texts.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 84));
        c.setSortable(false); // the list keeps the service's order: real accounts first, by name
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        if (text != null) {
            c.setCellFactory(col -> new TextCell(text));
        }
        return c;
    }

    private Button button(String key, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(texts.get(key));
        b.setId(id);
        b.setOnAction(action);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private AccountRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void remove(Function<AccountRow, Boolean> confirm) {
        AccountRow row = selected();
        if (row != null && Boolean.TRUE.equals(confirm.apply(row))) {
            vm.remove(row);
        }
    }

    private String storeText(AccountsViewModel.Store store) {
        if (store == null) {
            return "";
        }
        return store.locked() ? texts.get("accounts.store.locked") : texts.get("accounts.store", store.description());
    }

    private void showNotice(Notice n) {
        notice.setText(n == null ? "" : texts.get(n.key(), n.detail()));
        notice.getStyleClass().removeAll(Css.DANGER_TEXT, Css.WARNING_TEXT, Css.SUCCESS_TEXT);
        if (n != null) {
            notice.getStyleClass().add(n.styleClass());
        }
    }

    /** A cell showing one text of the row, with the whole text as tooltip (errors are long). */
    private static class TextCell extends TableCell<AccountRow, AccountRow> {
        private final Function<AccountRow, String> text;

        TextCell(Function<AccountRow, String> text) {
            this.text = text;
            setMnemonicParsing(false);
        }

        @Override
        protected void updateItem(AccountRow row, boolean empty) {
            super.updateItem(row, empty);
            String t = empty || row == null ? null : text.apply(row);
            setText(t);
            setTooltip(t == null || t.isEmpty() ? null : new Tooltip(t));
        }
    }

    /** The platform's coloured badge, its full name as tooltip. */
    private static final class BadgeCell extends TableCell<AccountRow, AccountRow> {
        private final DomainTexts names;

        BadgeCell(DomainTexts names) {
            this.names = names;
        }

        @Override
        protected void updateItem(AccountRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label badge = new Label(names.platformBadge(row.platform()));
            Css.platformBadge(badge, row.platform());
            badge.setTooltip(new Tooltip(names.platform(row.platform())));
            setGraphic(badge);
        }
    }
}
