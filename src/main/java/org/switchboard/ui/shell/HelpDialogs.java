package org.switchboard.ui.shell;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;

/** The keyboard-shortcuts list and the About box. FX thread. */
final class HelpDialogs {
    /** Key and the bundle key of what it does, in the order agents learn them. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"J", "shortcuts.next"},
            new String[] {"K", "shortcuts.previous"},
            new String[] {"Enter", "shortcuts.open"},
            new String[] {"Esc", "shortcuts.back"},
            new String[] {"R", "shortcuts.reply"},
            new String[] {"/", "shortcuts.search"},
            new String[] {"Ctrl+Enter", "shortcuts.send"},
            new String[] {"Ctrl+T", "shortcuts.templates"},
            new String[] {"E", "shortcuts.resolve"},
            new String[] {"N", "shortcuts.note"},
            new String[] {"C", "shortcuts.contact"},
            new String[] {"A", "shortcuts.assign"},
            new String[] {"T", "shortcuts.tag"},
            new String[] {"Ctrl+Z", "shortcuts.undo"},
            new String[] {"Enter / F2", "shortcuts.note-edit"},
            new String[] {"P", "shortcuts.note-pin"},
            new String[] {"H", "shortcuts.note-history"},
            new String[] {"Del / Backspace", "shortcuts.note-delete"},
            new String[] {"Enter / Esc", "shortcuts.contact-keys"},
            new String[] {"Ctrl+N", "shortcuts.new-case"},
            new String[] {"G, V", "shortcuts.views"},
            new String[] {"G, 1 \u2026 7", "shortcuts.view-number"},
            new String[] {"F2 / Del", "shortcuts.view-keys"},
            new String[] {"F", "shortcuts.forward"},
            new String[] {"Ctrl+1 … Ctrl+9", "shortcuts.forward-pick"},
            new String[] {"Ctrl+Shift+E", "shortcuts.errands"},
            new String[] {"Ctrl+1 / Ctrl+2 / Ctrl+3", "shortcuts.panes"},
            new String[] {"Tab / Shift+Tab", "shortcuts.tab"},
            new String[] {"F5", "shortcuts.sync"},
            new String[] {"Ctrl+Shift+A", "shortcuts.accounts"},
            new String[] {"Alt", "shortcuts.menu"},
            new String[] {"? / F1", "shortcuts.help"},
            new String[] {"Ctrl+Q", "shortcuts.quit"});

    private HelpDialogs() {}

    /**
     * A close button in our language: JavaFX's own {@link ButtonType#CLOSE} follows the operating
     * system's language, not the one chosen in Switchboard.
     */
    static ButtonType close(Texts texts) {
        return new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static void shortcuts(Window owner, Texts texts) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("shortcuts.title"));
        dialog.setHeaderText(texts.get("shortcuts.header"));
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        int row = 0;
        for (String[] s : SHORTCUTS) {
            Label key = new Label(s[0]);
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(texts.get(s[1]));
            what.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, key, what);
        }
        grid.setId("shortcuts-grid");
        grid.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        // The list is longer than a small screen is high: it scrolls, and the dialog keeps its buttons in view.
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("shortcuts-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.max(240, Math.min(560, screen - 260)));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(Css.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().add(close(texts));
        dialog.show();
    }

    static void about(Window owner, Texts texts, String version, String folder) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(texts.get("about.title"));
        alert.setHeaderText(texts.get("about.header", version));
        Label body = new Label(texts.get("about.body", folder));
        body.setWrapText(true);
        body.setMaxWidth(460);
        alert.getDialogPane().setContent(body);
        alert.getButtonTypes().setAll(close(texts));
        alert.show();
    }
}
