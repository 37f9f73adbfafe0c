package org.switchboard.ui.directory;

import java.io.File;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.errands.ErrandCss;
import org.switchboard.ui.errands.ErrandWords;

/**
 * The directory editor in its own window: units and people on the left, the chosen unit's fields on the
 * right, import and export with a file chooser and the import's problems listed. FX thread.
 */
public final class DirectoryWindow {
    private final DirectoryViewModel vm;
    private Stage stage;

    public DirectoryWindow(DirectoryViewModel vm) {
        this.vm = vm;
    }

    public void show(Window owner, Texts texts) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
        }
        stage.setTitle(texts.get("directory.title"));
        ListView<Unit> units = new ListView<>(vm.units());
        units.setId("directory-units");
        units.setCellFactory(l -> cell(ErrandWords::unit));
        units.getSelectionModel().selectedItemProperty().addListener((o, a, u) -> {
            if (u != null) {
                vm.edit(u);
            }
        });
        ListView<Person> people = new ListView<>(vm.people());
        people.setId("directory-people");
        people.setCellFactory(l -> cell(p -> DisplayText.oneLine(p.name()) + " (" + p.key() + ")"
                + (p.unitKey() == null ? "" : " · " + p.unitKey())));
        people.setPrefHeight(160);
        people.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                units.getSelectionModel().clearSelection();
                vm.edit(p);
            }
        });
        units.getSelectionModel().selectedItemProperty().addListener((o, a, u) -> {
            if (u != null) {
                people.getSelectionModel().clearSelection();
            }
        });
        VBox left = new VBox(6, title(texts, "directory.units"), units, title(texts, "directory.people"), people);
        VBox.setVgrow(units, Priority.ALWAYS);
        ScrollPane right = new ScrollPane(form(texts, owner));
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.34);
        Scene scene = new Scene(split, 1000, 680);
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
        units.requestFocus();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private VBox form(Texts texts, Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (DirectoryViewModel.Field f : DirectoryViewModel.Field.values()) {
            TextField field = new TextField();
            field.setId("directory-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            field.textProperty().bindBidirectional(vm.field(f));
            String key = "directory.field." + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Label label = new Label(texts.get(key));
            label.setLabelFor(field);
            grid.addRow(row++, label, field);
            GridPane.setHgrow(field, Priority.ALWAYS);
            // Only the fields of what is edited are shown; a person's inherited fields say so when empty.
            var applies = vm.kind().map(k -> k == DirectoryViewModel.Kind.UNIT ? f.forUnits() : f.forPeople());
            field.visibleProperty().bind(applies);
            field.managedProperty().bind(applies);
            label.visibleProperty().bind(applies);
            label.managedProperty().bind(applies);
            if (f.inherited()) {
                field.promptTextProperty().bind(vm.kind().map(k -> k == DirectoryViewModel.Kind.PERSON
                        ? texts.get("directory.inherited") : ""));
            }
        }
        if (vm.offersOpen311Key()) {
            javafx.scene.control.PasswordField key = new javafx.scene.control.PasswordField();
            key.setId("directory-open311-key");
            key.textProperty().bindBidirectional(vm.open311Key());
            key.promptTextProperty().bind(vm.open311KeyKept().map(kept -> texts.get(kept
                    ? "directory.open311-key.kept" : "directory.open311-key.none")));
            Label label = new Label(texts.get("directory.field.open311-key"));
            label.setLabelFor(key);
            var applies = vm.kind().map(k -> k == DirectoryViewModel.Kind.UNIT);
            key.visibleProperty().bind(applies);
            key.managedProperty().bind(applies);
            label.visibleProperty().bind(applies);
            label.managedProperty().bind(applies);
            grid.addRow(row++, label, key);
        }
        Label hours = new Label();
        hours.setId("directory-hours-problem");
        hours.getStyleClass().add(Css.DANGER_TEXT);
        hours.setWrapText(true);
        hours.textProperty().bind(vm.hoursProblem().map(p -> texts.get("directory.hours.problem", p)).orElse(""));
        grid.add(hours, 1, row);
        Label hint = new Label(texts.get("directory.hint"));
        hint.getStyleClass().add(Css.MUTED);
        hint.setWrapText(true);
        Button save = button(texts.get("directory.save"), vm::save);
        save.setId("directory-save");
        save.setDefaultButton(true);
        Button add = button(texts.get("directory.new"), vm::newUnit);
        add.setId("directory-new-unit");
        Button addPerson = button(texts.get("directory.new-person"), vm::newPerson);
        addPerson.setId("directory-new-person");
        Button delete = button(texts.get("directory.delete"), () -> confirmDelete(texts));
        delete.setId("directory-delete");
        Label heading = new Label();
        heading.setId("directory-form-title");
        heading.getStyleClass().add(Css.SECTION_TITLE);
        heading.textProperty().bind(vm.kind().map(k -> texts.get(k == DirectoryViewModel.Kind.UNIT
                ? "directory.form.unit" : "directory.form.person")));
        Button importButton = button(texts.get("directory.import"), () -> choose(texts, owner, true));
        Button exportButton = button(texts.get("directory.export"), () -> choose(texts, owner, false));
        Label notice = new Label();
        notice.setId("directory-notice");
        notice.setWrapText(true);
        vm.notice().addListener((o, a, n) -> {
            notice.getStyleClass().removeAll(Css.SUCCESS_TEXT, Css.WARNING_TEXT, Css.DANGER_TEXT);
            notice.setText(n == null ? "" : texts.get(n.key(), n.detail()));
            if (n != null) {
                notice.getStyleClass().add(n.styleClass());
            }
        });
        ListView<String> problems = new ListView<>(vm.importProblems());
        problems.setId("directory-import-problems");
        problems.setPrefHeight(120);
        problems.setPlaceholder(new Label(texts.get("directory.import.none")));
        VBox box = new VBox(8, hint, heading, grid, new HBox(8, save, add, addPerson, delete),
                new HBox(8, importButton, exportButton),
                notice, title(texts, "directory.import.title"), problems);
        box.setStyle("-fx-padding: 10;");
        return box;
    }

    /** Asks before deleting; the service still refuses while something points at the entry. */
    private void confirmDelete(Texts texts) {
        String key = vm.shownKey();
        if (key == null) {
            vm.delete(); // says that nothing saved is shown
            return;
        }
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                texts.get("directory.delete.confirm.text", key), javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle(texts.get("directory.delete.confirm.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).setId("directory-delete-confirm");
        ((Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                .setText(texts.get("directory.delete"));
        ((Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setText(texts.get("directory.delete.cancel"));
        ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> vm.delete());
    }

    private void choose(Texts texts, Window owner, boolean open) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(open ? "directory.import" : "directory.export"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = open ? chooser.showOpenDialog(stage) : chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        if (open) {
            vm.importFile(file.toPath());
        } else {
            vm.exportFile(file.toPath());
        }
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label title(Texts texts, String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add(Css.SECTION_TITLE);
        return l;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
