package org.switchboard.ui.queue;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Platform;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * One queue row as plain labels (never HTML): badge, contact, waiting time, unread dot; the preview's
 * first line; status, priority, assignee, tags and errands. Asks for the next page when it shows a row
 * within a page of the end, and for the page above when it shows one within a page of the top, so the
 * list follows the person's scrolling without waiting (a page is read while a fast scroll covers the last
 * page's rows).
 *
 * <p>Scrolling reuses a few cells for thousands of rows, so what a row changes per update is kept cheap
 * (docs/performance.md, ADR 0024): the chips' variants are pseudo-classes, never style classes (a changed
 * style class makes JavaFX match the node's CSS anew, a pseudo-class only switches between styles already
 * matched), and the nodes are made once per cell. FX thread.
 */
final class QueueCell extends ListCell<QueueRow> {
    /** Longer names are cut, so a name can stay whole without pushing the waiting time out. */
    private static final int MAX_NAME = 28;
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    private static final PseudoClass WAITS = PseudoClass.getPseudoClass("waits");
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass ACCENT = PseudoClass.getPseudoClass("accent");
    private static final PseudoClass QUIET = PseudoClass.getPseudoClass("quiet");
    private static final Map<CaseStatus, PseudoClass> STATUS = new EnumMap<>(CaseStatus.class);
    private static final Map<Platform, PseudoClass> PLATFORM = new EnumMap<>(Platform.class);

    static {
        for (CaseStatus s : CaseStatus.values()) {
            STATUS.put(s, PseudoClass.getPseudoClass(Css.status(s)));
        }
        for (Platform p : Platform.values()) {
            PLATFORM.put(p, PseudoClass.getPseudoClass("platform-" + p.id()));
        }
    }

    private final QueueViewModel vm;
    private final DomainTexts names;
    private final Texts texts;
    private final TimeFormat time;

    private final Label badge = new Label();
    private final Label name = new Label();
    private final Label handle = new Label();
    private final Label waiting = new Label();
    private final Circle dot = new Circle(4);
    private final Label preview = new Label();
    private final Label status = new Label();
    private final Label priority = new Label();
    private final Label assignee = new Label();
    private final Label tags = new Label();
    private final Label errands = new Label();
    private final VBox box;
    /** One tooltip each, made once: a new Tooltip per update costs more than the whole row. */
    private final Tooltip badgeTip = new Tooltip();
    private final Tooltip waitingTip = new Tooltip();
    /** How close to either end of the list a shown row asks for the next page: one page. */
    private final int prefetch;

    QueueCell(QueueViewModel vm, DomainTexts names, TimeFormat time) {
        this.vm = vm;
        this.names = names;
        this.texts = names.texts();
        this.time = time;
        this.prefetch = vm.pageSize();
        getStyleClass().add("queue-cell");
        // A cell that wants no width keeps the list from scrolling sideways; long text gets an ellipsis.
        setPrefWidth(0);
        name.getStyleClass().add("queue-name");
        name.setMinWidth(Region.USE_PREF_SIZE); // the name stays whole; the handle and tags give way
        handle.getStyleClass().add(Css.MUTED);
        handle.setMinWidth(0);
        waiting.getStyleClass().add("queue-waiting");
        waiting.setMinWidth(Region.USE_PREF_SIZE);
        dot.getStyleClass().add("unread-dot");
        preview.getStyleClass().add("queue-preview");
        preview.setMinWidth(0);
        preview.setMaxWidth(Double.MAX_VALUE);
        assignee.getStyleClass().addAll(Css.MUTED, "queue-assignee");
        assignee.setMinWidth(Region.USE_PREF_SIZE);
        tags.getStyleClass().addAll(Css.MUTED, "queue-tags");
        tags.setMinWidth(0);
        errands.setMinWidth(Region.USE_PREF_SIZE);
        for (Label chip : new Label[] {status, priority, errands}) {
            chip.getStyleClass().add(Css.CHIP);
            chip.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.getStyleClass().add("queue-status");
        priority.getStyleClass().add("queue-priority");
        errands.getStyleClass().add("queue-errands");
        badge.getStyleClass().add(Css.PLATFORM_BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        // The handle and the tags take the free width themselves (no spacer nodes: every node of a row costs
        // CSS and layout work for each row scrolled past).
        handle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(handle, Priority.ALWAYS);
        tags.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tags, Priority.ALWAYS);
        HBox top = new HBox(6, badge, name, handle, waiting, dot);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(6, status, priority, assignee, tags, errands);
        bottom.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, top, preview, bottom);
        box.setVisible(false);
        setGraphic(box); // the same nodes for every row: an empty cell hides them instead of dropping them
        badge.setTooltip(badgeTip);
        waiting.setTooltip(waitingTip);
    }

    /**
     * The height this row needs: its content and the cell's padding and border. Not {@code prefHeight}, which a
     * list with a fixed cell size answers with that size. FX thread.
     */
    double neededHeight() {
        return snappedTopInset() + box.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            box.setVisible(false);
            setAccessibleText(null);
            pseudoClassStateChanged(UNREAD, false);
            return;
        }
        show(row);
        box.setVisible(true);
        if (getIndex() >= getListView().getItems().size() - prefetch) {
            vm.loadMore();
        } else if (getIndex() < prefetch && vm.hasAbove().get()) {
            vm.loadAbove(); // pages dropped above by the sliding window come back when scrolling up
        }
    }

    private void show(QueueRow row) {
        badge.setText(names.platformBadge(row.platform()));
        PLATFORM.forEach((p, pseudo) -> badge.pseudoClassStateChanged(pseudo, p == row.platform()));
        badgeTip.setText(names.platform(row.platform())
                + (row.accountName() == null ? "" : " · " + DisplayText.oneLine(row.accountName())));
        name.setText(shortened(DisplayText.oneLine(row.contactName()), MAX_NAME));
        handle.setText(row.contactHandle() == null ? "" : DisplayText.oneLine(row.contactHandle()));
        boolean waits = row.waitingSince() != null;
        waiting.setText(time.since(waits ? row.waitingSince() : row.lastActivityAt()));
        waitingTip.setText(waits
                ? texts.get("queue.row.waiting-since", time.exact(row.waitingSince()))
                : texts.get("queue.row.last-activity", time.exact(row.lastActivityAt())));
        waiting.pseudoClassStateChanged(WAITS, waits);
        dot.setVisible(row.unread());
        pseudoClassStateChanged(UNREAD, row.unread());
        preview.setText(DisplayText.oneLine(row.preview()));
        status.setText(names.status(row.status()));
        STATUS.forEach((st, pseudo) -> status.pseudoClassStateChanged(pseudo, st == row.status()));
        priority.setText(names.priority(row.priority()));
        variant(priority, switch (row.priority()) {
            case URGENT -> DANGER;
            case HIGH -> WARNING;
            default -> QUIET;
        });
        assignee.setText(row.assignee() == null ? texts.get("queue.row.unassigned")
                : DisplayText.oneLine(row.assignee()));
        tags.setText(String.join("  ", row.tags().stream().map(t -> "#" + DisplayText.oneLine(t)).toList()));
        showErrands(row);
        setAccessibleText(texts.get("queue.row.accessible", name.getText(), names.platform(row.platform()),
                status.getText(), preview.getText()));
    }

    private void showErrands(QueueRow row) {
        errands.setVisible(row.openErrands() > 0);
        errands.setManaged(row.openErrands() > 0);
        if (row.overdueErrands() > 0) {
            errands.setText(texts.get("queue.row.errands-overdue", row.openErrands(), row.overdueErrands()));
            variant(errands, DANGER);
        } else {
            errands.setText(texts.get("queue.row.errands", row.openErrands()));
            variant(errands, ACCENT);
        }
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Colours the chip {@code label} as {@code variant} (danger, warning, accent or quiet). */
    private static void variant(Label label, PseudoClass variant) {
        for (PseudoClass v : new PseudoClass[] {DANGER, WARNING, ACCENT, QUIET}) {
            label.pseudoClassStateChanged(v, v == variant);
        }
    }
}
