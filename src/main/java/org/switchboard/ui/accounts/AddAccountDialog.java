package org.switchboard.ui.accounts;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.Platform;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;

/**
 * "Add account": the platform, its fields, and Connect. Stays open while connecting and on a problem
 * (shown in words under the fields); closes once the account is connected. Mastodon can also sign in
 * through the system browser, with "waiting for the browser…" and a way to stop waiting. FX thread.
 */
final class AddAccountDialog {
    private static final double FIELD_WIDTH = 340;

    private final AddAccountViewModel vm;
    private final Texts texts;
    private final Dialog<Void> dialog = new Dialog<>();

    private AddAccountDialog(Window owner, Texts texts, AddAccountViewModel vm, Consumer<String> openBrowser) {
        this.vm = vm;
        this.texts = texts;
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("accounts.add.title"));
        dialog.setHeaderText(texts.get("accounts.add.header"));
        dialog.setResizable(true);

        StackPane forms = new StackPane(mastodon(openBrowser), bluesky(), facebook());
        forms.getChildren().forEach(n -> n.visibleProperty().bind(Bindings.equal(vm.platform(),
                n.getProperties().get(Platform.class))));
        VBox content = new VBox(14, platformChoice(), forms, nameRow(), waitingRow(), problemLabel());
        content.setId("add-account");
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(Css.STYLESHEET);

        ButtonType connect = new ButtonType(texts.get("accounts.add.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.setId("add-connect");
        connectButton.disableProperty().bind(vm.busy());
        // Connect must not close the dialog: it closes itself once the account is really connected.
        connectButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.connect();
        });
        dialog.setOnCloseRequest(e -> vm.cancelBrowser());
        vm.done().addListener((o, a, done) -> {
            if (done) {
                dialog.close();
            }
        });
    }

    /** Shows the dialog without blocking; work and result go through {@code vm}. FX thread. */
    static void show(Window owner, Texts texts, AddAccountViewModel vm, Consumer<String> openBrowser) {
        new AddAccountDialog(owner, texts, vm, openBrowser).dialog.show();
    }

    private Node platformChoice() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        for (Platform p : AddAccountViewModel.PLATFORMS) {
            ToggleButton b = new ToggleButton(texts.get("accounts.add.platform." + p.id()));
            b.setId("add-platform-" + p.id());
            b.setToggleGroup(group);
            b.setSelected(vm.platform().get() == p);
            b.setOnAction(e -> {
                b.setSelected(true); // a segmented choice: clicking the chosen one keeps it chosen
                vm.platform().set(p);
            });
            b.disableProperty().bind(vm.busy());
            box.getChildren().add(b);
        }
        box.getChildren().getFirst().getStyleClass().add(Styles.LEFT_PILL);
        box.getChildren().get(1).getStyleClass().add(Styles.CENTER_PILL);
        box.getChildren().getLast().getStyleClass().add(Styles.RIGHT_PILL);
        return box;
    }

    private Node mastodon(Consumer<String> openBrowser) {
        GridPane grid = form(Platform.MASTODON);
        TextField instance = field("add-instance", "https://social.example");
        instance.textProperty().bindBidirectional(vm.instance());
        row(grid, 0, "accounts.add.instance", instance);
        Button browser = new Button(texts.get("accounts.add.browser"));
        browser.setId("add-browser");
        browser.getStyleClass().add(Styles.ACCENT);
        browser.disableProperty().bind(vm.busy());
        browser.setVisible(vm.browserSignIn(Platform.MASTODON));
        browser.setOnAction(e -> vm.signInWithBrowser(openBrowser));
        grid.add(browser, 1, 1);
        grid.add(hint("accounts.add.browser.hint"), 1, 2);
        PasswordField token = secret("add-token");
        row(grid, 3, "accounts.add.token", token);
        grid.add(hint("accounts.add.token.hint-mastodon"), 1, 4);
        return grid;
    }

    private Node bluesky() {
        GridPane grid = form(Platform.BLUESKY);
        TextField service = field("add-service", AddAccountViewModel.BLUESKY_SERVICE);
        service.textProperty().bindBidirectional(vm.service());
        row(grid, 0, "accounts.add.service", service);
        TextField handle = field("add-identifier", "stadt.bsky.social");
        handle.textProperty().bindBidirectional(vm.identifier());
        row(grid, 1, "accounts.add.identifier", handle);
        row(grid, 2, "accounts.add.app-password", secret("add-app-password"));
        grid.add(hint("accounts.add.app-password.hint"), 1, 3);
        return grid;
    }

    private Node facebook() {
        GridPane grid = form(Platform.FACEBOOK);
        TextField page = field("add-page-id", "104123456789012");
        page.textProperty().bindBidirectional(vm.pageId());
        row(grid, 0, "accounts.add.page-id", page);
        row(grid, 1, "accounts.add.page-token", secret("add-page-token"));
        grid.add(hint("accounts.add.page-token.hint"), 1, 2);
        GridPane advanced = new GridPane();
        advanced.setHgap(10);
        advanced.setVgap(8);
        TextField url = field("add-graph-url", AddAccountViewModel.GRAPH_URL);
        url.textProperty().bindBidirectional(vm.graphUrl());
        row(advanced, 0, "accounts.add.graph-url", url);
        TextField version = field("add-graph-version", texts.get("accounts.add.graph-version.prompt"));
        version.textProperty().bindBidirectional(vm.graphVersion());
        row(advanced, 1, "accounts.add.graph-version", version);
        TitledPane more = new TitledPane(texts.get("accounts.add.advanced"), advanced);
        more.setExpanded(false);
        more.setAnimated(false);
        grid.add(more, 0, 3, 2, 1);
        return grid;
    }

    private Node nameRow() {
        GridPane grid = form(null);
        TextField name = field("add-name", "");
        name.textProperty().bindBidirectional(vm.name());
        // The suggestion follows what was typed above, as a prompt, so the field stays optional.
        name.promptTextProperty().bind(Bindings.createStringBinding(vm::suggestedName, vm.platform(),
                vm.instance(), vm.identifier(), vm.pageId()));
        row(grid, 0, "accounts.add.name", name);
        grid.add(hint("accounts.add.name.hint"), 1, 1);
        return grid;
    }

    private Node waitingRow() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label waiting = new Label(texts.get("accounts.add.waiting"));
        waiting.setWrapText(true);
        waiting.setMinHeight(Region.USE_PREF_SIZE);
        Button stop = new Button(texts.get("accounts.add.waiting.cancel"));
        stop.setId("add-cancel-browser");
        stop.setOnAction(e -> vm.cancelBrowser());
        stop.setMinWidth(Region.USE_PREF_SIZE);
        Label connecting = new Label(texts.get("accounts.add.connecting"));
        connecting.visibleProperty().bind(vm.waitingForBrowser().not());
        connecting.managedProperty().bind(connecting.visibleProperty());
        waiting.visibleProperty().bind(vm.waitingForBrowser());
        waiting.managedProperty().bind(waiting.visibleProperty());
        stop.visibleProperty().bind(vm.waitingForBrowser());
        stop.managedProperty().bind(stop.visibleProperty());
        HBox row = new HBox(10, spinner, connecting, waiting, stop);
        row.setId("add-busy");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(30); // always laid out, so the buttons do not jump when it shows
        row.visibleProperty().bind(vm.busy());
        return row;
    }

    private Node problemLabel() {
        Label problem = new Label();
        problem.setId("add-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add(Css.DANGER_TEXT);
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.problem().get() == null ? ""
                : texts.get(vm.problem().get().key(), vm.problem().get().detail()), vm.problem()));
        // A long reason needs more room than the dialog had when it opened.
        problem.textProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        return problem;
    }

    private GridPane form(Platform platform) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getProperties().put(Platform.class, platform);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(150),
                new javafx.scene.layout.ColumnConstraints(FIELD_WIDTH, FIELD_WIDTH, Double.MAX_VALUE));
        return grid;
    }

    private void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        label.setWrapText(true);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.disableProperty().bind(vm.busy());
        return f;
    }

    private PasswordField secret(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(vm.secret());
        f.disableProperty().bind(vm.busy());
        return f;
    }

    private Label hint(String key) {
        Label l = new Label(texts.get(key));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(FIELD_WIDTH + 40);
        l.getStyleClass().addAll(Css.MUTED, "form-hint");
        return l;
    }
}
