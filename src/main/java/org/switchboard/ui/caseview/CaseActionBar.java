package org.switchboard.ui.caseview;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Notice;

/**
 * The row of case actions under the case header: the same actions as the Case menu and the keys, each
 * button naming its key in the tooltip; then what the last action did. Tab reaches every button. The
 * buttons take no mnemonics: Alt+letter belongs to the menu bar. FX thread.
 */
final class CaseActionBar {
    private final HBox root = new HBox(10);
    private final Label notice = new Label();
    private final CaseActionsViewModel actions;
    private final AttemptsViewModel attempts;
    private final Texts texts;
    private final ChangeListener<Notice> noticeChanged = (o, a, n) -> show(n);

    CaseActionBar(CaseDialogs dialogs) {
        CaseDialogs.Context c = dialogs.context();
        this.actions = c.actions();
        this.attempts = c.attempts();
        this.texts = dialogs.names().texts();
        Button assign = button("case-assign", "case.action.assign", "A", dialogs::assign);
        MenuButton priority = new MenuButton(plain(texts.get("case.action.priority")));
        priority.getItems().setAll(CaseMenus.priorityItems(dialogs.names(), actions));
        priority.setId("case-priority");
        Button tags = button("case-tags", "case.action.tags", "T", dialogs::tags);
        MenuButton status = new MenuButton(plain(texts.get("case.action.status")));
        status.getItems().setAll(CaseMenus.statusItems(dialogs));
        status.setId("case-status-menu");
        Button resolve = button("case-resolve", "case.action.resolve", "E", dialogs::resolve);
        resolve.getStyleClass().add(Styles.ACCENT);
        Button note = button("case-note", "case.action.note", "N", dialogs::note);
        MenuButton more = new MenuButton(texts.get("case.action.more"));
        more.setId("case-more");
        MenuItem attempt = new MenuItem(plain(texts.get("case.action.attempt")));
        attempt.setOnAction(e -> dialogs.attempt());
        MenuItem merge = new MenuItem(plain(texts.get("case.action.merge")));
        merge.setOnAction(e -> dialogs.merge());
        MenuItem undo = CaseMenus.undoItem(texts, actions);
        undo.setOnAction(e -> dialogs.undo());
        more.getItems().setAll(attempt, merge, undo);
        for (ButtonBase b : new ButtonBase[] {priority, status, more}) {
            b.setMnemonicParsing(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(6, 6, assign, priority, tags, status, resolve, note, more);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        notice.setId("case-action-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(320);
        notice.setMinWidth(0);
        root.getChildren().setAll(buttons, notice);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("case-actions");
        root.disableProperty().bind(c.kase().detail().isNull().or(actions.busy()));
        actions.notice().addListener(noticeChanged);
        attempts.notice().addListener(noticeChanged);
        show(actions.notice().get());
    }

    Node node() {
        return root;
    }

    void dispose() {
        actions.notice().removeListener(noticeChanged);
        attempts.notice().removeListener(noticeChanged);
    }

    private Button button(String id, String key, String shortcut, Runnable action) {
        Button b = new Button(plain(texts.get(key)));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(texts.get("case.action.tooltip", plain(texts.get(key)), shortcut)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(Notice n) {
        notice.setText(CaseNotices.text(texts, n));
        notice.getStyleClass().removeAll(org.switchboard.ui.common.Css.DANGER_TEXT,
                org.switchboard.ui.common.Css.WARNING_TEXT, org.switchboard.ui.common.Css.SUCCESS_TEXT);
        if (n != null) {
            notice.getStyleClass().add(n.styleClass());
        }
    }

    /** A menu text without its mnemonic mark. */
    static String plain(String text) {
        return text.replace("_", "");
    }
}
