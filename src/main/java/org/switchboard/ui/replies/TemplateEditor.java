package org.switchboard.ui.replies;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Template;
import org.switchboard.service.i18n.Texts;
import org.switchboard.service.replies.TemplateText;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Notice;

/** "Reply templates…": the list on the left; name, language, shortcut and text of the chosen one. FX thread. */
public final class TemplateEditor {
    private TemplateEditor() {}

    public static void show(Window owner, TemplateEditorViewModel vm, Texts texts, String uiLanguage) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("templates.title"));
        dialog.setResizable(true);
        ListView<Template> list = new ListView<>(vm.templates());
        list.setId("templates-list");
        list.setPrefWidth(260);
        list.setPlaceholder(new Label(texts.get("reply.template.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.language().toUpperCase(java.util.Locale.ROOT) + " \u00b7 "
                        + DisplayText.oneLine(t.name()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null && t != vm.selected().get()) {
                vm.selected().set(t);
            }
        });
        vm.selected().addListener((o, a, t) -> {
            if (t == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != t) {
                list.getSelectionModel().select(t);
            }
        });
        TextField name = new TextField();
        name.setId("templates-name");
        name.textProperty().bindBidirectional(vm.name());
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("templates-language");
        language.getItems().setAll("de", "en");
        language.valueProperty().bindBidirectional(vm.language());
        TextField shortcut = new TextField();
        shortcut.setId("templates-shortcut");
        shortcut.setPromptText(texts.get("templates.shortcut.prompt"));
        shortcut.textProperty().bindBidirectional(vm.shortcut());
        TextArea body = new TextArea();
        body.setId("templates-body");
        body.setWrapText(true);
        body.setPrefRowCount(8);
        body.textProperty().bindBidirectional(vm.body());
        Label variables = new Label(texts.get("templates.variables", TemplateText.VARIABLES.stream()
                .map(v -> "{" + v + "}").collect(Collectors.joining("  "))));
        variables.getStyleClass().add(Css.MUTED);
        variables.setWrapText(true);
        Label notice = new Label();
        notice.setId("templates-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> {
            Notice n = vm.notice().get();
            return n == null ? "" : texts.get(n.key(), n.detail());
        }, vm.notice()));
        vm.notice().addListener((o, a, n) -> {
            notice.getStyleClass().removeAll(Css.DANGER_TEXT, Css.WARNING_TEXT, Css.SUCCESS_TEXT);
            if (n != null) {
                notice.getStyleClass().add(n.styleClass());
            }
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(texts.get("templates.name")), name);
        form.addRow(1, new Label(texts.get("templates.language")), language);
        form.addRow(2, new Label(texts.get("templates.shortcut")), shortcut);
        form.addRow(3, new Label(texts.get("templates.body")), body);
        GridPane.setHgrow(body, Priority.ALWAYS);
        GridPane.setVgrow(body, Priority.ALWAYS);
        Button add = new Button(texts.get("templates.new"));
        add.setId("templates-new");
        add.setOnAction(e -> {
            vm.newTemplate(uiLanguage);
            name.requestFocus();
        });
        Button save = new Button(texts.get("templates.save"));
        save.setId("templates-save");
        save.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        Button delete = new Button(texts.get("templates.delete"));
        delete.setId("templates-delete");
        delete.disableProperty().bind(vm.busy().or(vm.selected().isNull()));
        delete.setOnAction(e -> vm.delete());
        HBox buttons = new HBox(8, add, save, delete);
        VBox right = new VBox(10, form, variables, buttons, notice);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(12, list, right);
        content.setPrefSize(860, 460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("templates-dialog");
        dialog.getDialogPane().getStylesheets().add(Css.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(texts.get("dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        vm.newTemplate(uiLanguage);
        vm.load();
        dialog.show();
        list.requestFocus();
    }
}
