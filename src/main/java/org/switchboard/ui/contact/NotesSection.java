package org.switchboard.ui.contact;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Note;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.NoteText;
import org.switchboard.ui.common.TimeFormat;

/**
 * The internal notes of a case or a contact: each marked INTERNAL, pinned ones first with a PINNED chip,
 * author and time, "edited" opening the history, the text with its simple formatting. A note takes the
 * keyboard focus (Tab); then Enter edits, P pins or unpins, H shows the history and Delete deletes. After a
 * delete the section offers "Undo" (Ctrl+Z does the same). FX thread.
 */
public final class NotesSection {
    /** Style class of the note to focus after the pane is rebuilt (the one just acted on). */
    public static final String REFOCUS = "note-refocus";

    private final NotesViewModel vm;
    private final Texts texts;
    private final TimeFormat time;
    private final Supplier<Window> owner;

    public NotesSection(NotesViewModel vm, Texts texts, TimeFormat time, Supplier<Window> owner) {
        this.vm = vm;
        this.texts = texts;
        this.time = time;
        this.owner = owner;
    }

    /**
     * The section for {@code notes}; {@code add} is the "Add note…" action (the case's N dialog, or a note on
     * the contact).
     */
    public Node of(List<Note> notes, Runnable add) {
        VBox box = new VBox(6);
        box.getStyleClass().add("notes-section");
        Label title = new Label(texts.get("context.notes"));
        title.getStyleClass().add(Css.SECTION_TITLE);
        Button addButton = new Button(texts.get("notes.add"));
        addButton.getStyleClass().addAll("note-add", atlantafx.base.theme.Styles.SMALL);
        addButton.setMnemonicParsing(false);
        addButton.setOnAction(e -> add.run());
        HBox head = new HBox(8, title, addButton);
        head.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(head);
        if (vm.deleted().get() != null) {
            box.getChildren().add(undoBanner());
        }
        if (notes.isEmpty()) {
            Label none = new Label(texts.get("context.nothing"));
            none.getStyleClass().add(Css.MUTED);
            box.getChildren().add(none);
        }
        for (Note n : notes) {
            box.getChildren().add(note(n));
        }
        return box;
    }

    private Node undoBanner() {
        Label what = new Label(texts.get("notes.deleted.banner"));
        what.setWrapText(true);
        what.setMinWidth(0);
        Button undo = new Button(texts.get("notes.undo"));
        undo.setId("note-undo");
        undo.setMnemonicParsing(false);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> vm.undo());
        HBox banner = new HBox(8, what, undo);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("note-undo-banner");
        return banner;
    }

    private Node note(Note n) {
        Label internal = chip(texts.get("context.note.internal"), Css.CHIP_WARNING);
        internal.setTooltip(new Tooltip(texts.get("notes.internal.tooltip")));
        HBox head = new HBox(6, internal);
        head.setAlignment(Pos.CENTER_LEFT);
        if (n.pinned()) {
            head.getChildren().add(chip(texts.get("notes.pinned"), Css.CHIP_ACCENT));
        }
        // Author, time and "edited" on a line of their own that wraps: the context pane is narrow, and in one
        // row with the chips and the actions button the author's name and the time were cut off.
        Label meta = new Label(texts.get("context.note.meta", DisplayText.oneLine(n.author()), time.ago(n.createdAt())));
        meta.getStyleClass().addAll(Css.MUTED, "note-meta");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane about = new javafx.scene.layout.FlowPane(6, 0, meta);
        about.setAlignment(Pos.CENTER_LEFT);
        if (n.updatedAt().isAfter(n.createdAt())) {
            Hyperlink edited = new Hyperlink(texts.get("notes.edited", time.ago(n.updatedAt())));
            edited.getStyleClass().add("note-history-link");
            edited.setMnemonicParsing(false);
            edited.setMinWidth(Region.USE_PREF_SIZE);
            edited.setOnAction(e -> history(n));
            about.getChildren().add(edited);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        head.getChildren().addAll(grow, actions(n));
        VBox note = new VBox(4, head, about, NoteText.node(n.text()));
        note.getStyleClass().add("note-internal");
        if (n.pinned()) {
            note.getStyleClass().add("note-pinned");
        }
        note.setId("note-" + n.id());
        note.setFocusTraversable(true);
        note.setAccessibleText(texts.get("notes.accessible", DisplayText.oneLine(n.author()), n.text()));
        note.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                e.consume();
                edit(n);
            } else if (e.getCode() == KeyCode.P) {
                e.consume();
                vm.togglePin(n);
            } else if (e.getCode() == KeyCode.H) {
                e.consume();
                history(n);
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                vm.delete(n);
            }
        });
        note.setOnMouseClicked(e -> note.requestFocus());
        Long current = vm.current().get();
        if (current != null && current == n.id()) {
            note.getStyleClass().add(REFOCUS);
        }
        return note;
    }

    private Node actions(Note n) {
        MenuItem edit = item("notes.action.edit", () -> edit(n));
        MenuItem pin = item(n.pinned() ? "notes.action.unpin" : "notes.action.pin", () -> vm.togglePin(n));
        MenuItem history = item("notes.action.history", () -> history(n));
        MenuItem delete = item("notes.action.delete", () -> vm.delete(n));
        MenuButton more = new MenuButton("\u22ef", null, edit, pin, history, delete);
        more.getStyleClass().addAll("note-actions", atlantafx.base.theme.Styles.FLAT);
        more.setMnemonicParsing(false);
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(new Tooltip(texts.get("notes.actions")));
        more.setAccessibleText(texts.get("notes.actions"));
        return more;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem(texts.get(key));
        i.setMnemonicParsing(false);
        i.setOnAction(e -> action.run());
        return i;
    }

    private void edit(Note n) {
        NoteEditDialog.edit(owner.get(), texts, vm, n);
    }

    private void history(Note n) {
        vm.history(n, edits -> NoteHistoryDialog.show(owner.get(), texts, time, n, edits));
    }

    private static Label chip(String text, String tone) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Css.CHIP, tone);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Puts the focus on the note acted on last, once the rebuilt pane is in the scene. FX thread. */
    public static void refocus(Node pane) {
        Platform.runLater(() -> pane.lookupAll("." + REFOCUS).stream().findFirst().ifPresent(Node::requestFocus));
    }
}
