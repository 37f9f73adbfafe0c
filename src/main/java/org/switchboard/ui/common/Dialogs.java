package org.switchboard.ui.common;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.service.i18n.Texts;

/**
 * How our dialogs are built: owned by the window, with our stylesheet, buttons in the chosen language
 * (JavaFX's own follow the operating system's), and a problem line that keeps the dialog open until the
 * input is right. FX thread.
 */
public final class Dialogs {
    private Dialogs() {}

    /** A dialog with {@code confirm} and Cancel; the confirm button is the default (Enter). FX thread. */
    public static <R> Dialog<R> create(Window owner, Texts texts, String title, String header, String confirm) {
        Dialog<R> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(Css.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("switchboard-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE),
                new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    /**
     * Runs {@code check} when the confirm button is pressed: a non-null answer is a problem shown in
     * {@code problem}, and the dialog stays open. FX thread.
     */
    public static void validate(Dialog<?> dialog, Label problem, Supplier<String> check) {
        Node ok = confirmButton(dialog);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String why = check.get();
            problem.setText(why == null ? "" : why);
            problem.setVisible(why != null);
            problem.setManaged(why != null);
            if (why != null) {
                e.consume();
            }
        });
    }

    /** The confirm button, for disabling it while input is missing. FX thread. */
    public static Button confirmButton(Dialog<?> dialog) {
        ButtonType ok = dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        return (Button) dialog.getDialogPane().lookupButton(ok);
    }

    /** True when the dialog ended with its confirm button. */
    public static boolean confirmed(ButtonType pressed) {
        return pressed != null && pressed.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    /** A label for problems: red, wrapping, hidden while empty. FX thread. */
    public static Label problemLabel() {
        Label l = new Label();
        l.getStyleClass().add(Css.DANGER_TEXT);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(420);
        l.setVisible(false);
        l.setManaged(false);
        l.setId("dialog-problem");
        return l;
    }

    /**
     * Asks for one line of text (a view's name). {@code check} turns the text into a problem in words, or
     * null when it is fine; the dialog stays open while there is a problem. FX thread.
     */
    public static Optional<String> askText(Window owner, Texts texts, String title, String label, String initial,
                                           String confirm, Function<String, String> check) {
        Dialog<String> dialog = create(owner, texts, title, null, confirm);
        TextField field = new TextField(initial == null ? "" : initial);
        field.setId("dialog-text");
        field.setPrefColumnCount(28);
        Label caption = new Label(label);
        caption.setLabelFor(field);
        caption.setMnemonicParsing(true);
        Label problem = problemLabel();
        dialog.getDialogPane().setContent(new VBox(6, caption, field, problem));
        validate(dialog, problem, () -> check.apply(field.getText()));
        dialog.setResultConverter(b -> confirmed(b) ? field.getText().strip() : null);
        dialog.setOnShown(e -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait();
    }
}
