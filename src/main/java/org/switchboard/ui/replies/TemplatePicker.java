package org.switchboard.ui.replies;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Template;
import org.switchboard.service.i18n.Texts;

/**
 * The template list over the reply text (Ctrl+T, or "/" at the start of a line): type to filter by name or
 * shortcut, Up/Down to choose, Enter inserts, Escape closes. FX thread.
 */
final class TemplatePicker {
    private final ReplyTemplates model;
    private final TextArea area;
    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final ListView<Template> list = new ListView<>();
    private int caret;
    private int replace;
    private final String language;

    TemplatePicker(ReplyTemplates model, TextArea area, Texts texts) {
        this.model = model;
        this.area = area;
        this.language = texts.language();
        filter.setId("template-filter");
        filter.setPromptText(texts.get("reply.template.filter"));
        filter.textProperty().bindBidirectional(model.filter());
        list.setId("template-list");
        list.setItems(model.shown());
        list.setPrefSize(460, 220);
        list.setPlaceholder(new Label(texts.get("reply.template.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.language().toUpperCase(java.util.Locale.ROOT) + " \u00b7 "
                        + DisplayText.oneLine(t.name()) + (t.shortcut() == null ? "" : "   /" + t.shortcut()));
            }
        });
        model.shown().addListener((javafx.collections.ListChangeListener<Template>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null && !model.shown().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        VBox box = new VBox(4, new Label(texts.get("reply.template.title")), filter, list);
        box.getStyleClass().add("template-picker");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose();
            }
        });
    }

    /** Opens over the text; the chosen template replaces the {@code replace} characters before the caret. */
    void open(int replaceBefore) {
        caret = area.getCaretPosition();
        replace = replaceBefore;
        model.load(language);
        // above the text: the box sits at the bottom of the window
        Bounds b = area.localToScreen(area.getBoundsInLocal());
        popup.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.WINDOW_BOTTOM_LEFT);
        popup.show(area, b == null ? 0 : b.getMinX() + 8, b == null ? 0 : b.getMinY() - 4);
        filter.requestFocus();
    }

    boolean showing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                e.consume();
                choose();
            }
            case ESCAPE -> {
                e.consume();
                popup.hide();
                area.requestFocus();
            }
            case DOWN, UP -> {
                if (e.getTarget() == filter) {
                    e.consume();
                    int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    if (i >= 0 && i < list.getItems().size()) {
                        list.getSelectionModel().select(i);
                        list.scrollTo(i);
                    }
                }
            }
            default -> { }
        }
    }

    private void choose() {
        Template t = list.getSelectionModel().getSelectedItem();
        if (t == null && !list.getItems().isEmpty()) {
            t = list.getItems().getFirst();
        }
        popup.hide();
        area.requestFocus();
        if (t != null) {
            model.insert(t, caret, replace);
        }
    }
}
