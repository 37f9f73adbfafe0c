package org.switchboard.ui.caseview;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Priority;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.KeyHint;

/**
 * The Case menu of the menu bar, and the priority and status items the action bar shares with it. Keys
 * that the window handles itself are shown as {@link KeyHint}s; Ctrl+Z and Ctrl+N are real accelerators
 * (a text field keeps its own Ctrl+Z, so undo in the reply box still undoes typing). FX thread.
 */
public final class CaseMenus {
    /** The statuses set directly; RESOLVED needs an outcome and goes through the resolve dialog. */
    private static final List<CaseStatus> DIRECT = List.of(CaseStatus.NEW, CaseStatus.OPEN,
            CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_INTERNAL, CaseStatus.CLOSED);

    private CaseMenus() {}

    /** The menu bar's "Case" menu. FX thread. */
    public static Menu caseMenu(CaseDialogs dialogs) {
        Texts texts = dialogs.names().texts();
        CaseDialogs.Context c = dialogs.context();
        var noCase = c.kase().detail().isNull();
        MenuItem assign = item(texts.get("case.action.assign"), "A", dialogs::assign);
        Menu priority = new Menu(texts.get("case.action.priority"));
        priority.getItems().setAll(priorityItems(dialogs.names(), c.actions()));
        MenuItem tags = item(texts.get("case.action.tags"), "T", dialogs::tags);
        Menu status = new Menu(texts.get("case.action.status"));
        status.getItems().setAll(statusItems(dialogs));
        MenuItem resolve = item(texts.get("case.action.resolve"), "E", dialogs::resolve);
        resolve.setId("menu-case-resolve");
        MenuItem note = item(texts.get("case.action.note"), "N", dialogs::note);
        MenuItem attempt = item(texts.get("case.action.attempt"), null, dialogs::attempt);
        MenuItem merge = item(texts.get("case.action.merge"), null, dialogs::merge);
        for (MenuItem i : new MenuItem[] {assign, priority, tags, status, resolve, note, attempt, merge}) {
            i.disableProperty().bind(noCase);
        }
        MenuItem undo = undoItem(texts, c.actions());
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.disableProperty().unbind();
        undo.disableProperty().bind(c.actions().undoable().isNull().and(
                javafx.beans.binding.Bindings.not(dialogs.firstUndoable())));
        undo.setOnAction(e -> dialogs.undo());
        MenuItem create = item(texts.get("case.action.new"), null, dialogs::newCase);
        create.setId("menu-case-new");
        create.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        Menu menu = new Menu(texts.get("menu.case"), null, assign, priority, tags, status, resolve, note, attempt,
                merge, new SeparatorMenuItem(), undo, new SeparatorMenuItem(), create);
        menu.setId("menu-case");
        return menu;
    }

    static List<MenuItem> priorityItems(DomainTexts names, CaseActionsViewModel actions) {
        List<MenuItem> items = new ArrayList<>();
        for (Priority p : Priority.values()) {
            MenuItem i = new MenuItem(names.priority(p));
            i.setMnemonicParsing(false);
            i.setOnAction(e -> actions.setPriority(p));
            items.add(i);
        }
        return items;
    }

    static List<MenuItem> statusItems(CaseDialogs dialogs) {
        List<MenuItem> items = new ArrayList<>();
        DomainTexts names = dialogs.names();
        for (CaseStatus s : DIRECT) {
            MenuItem i = new MenuItem(names.status(s));
            i.setMnemonicParsing(false);
            i.setOnAction(e -> dialogs.context().actions().setStatus(s));
            items.add(i);
        }
        MenuItem resolved = new MenuItem(names.status(CaseStatus.RESOLVED) + "\u2026");
        resolved.setMnemonicParsing(false);
        resolved.setOnAction(e -> dialogs.resolve());
        items.add(resolved);
        return items;
    }

    /** "Undo: assignment", off while there is nothing to undo. */
    static MenuItem undoItem(Texts texts, CaseActionsViewModel actions) {
        MenuItem undo = new MenuItem();
        undo.setId("menu-case-undo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> actions.undoable().get() == null
                ? texts.get("case.action.undo")
                : texts.get("case.action.undo.what", CaseNotices.undone(texts, actions.undoable().get())),
                actions.undoable()));
        undo.disableProperty().bind(actions.undoable().isNull());
        return undo;
    }

    private static MenuItem item(String text, String key, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (key != null) {
            i.setAccelerator(new KeyHint(key));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
