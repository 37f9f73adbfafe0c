package org.switchboard.ui.queue;

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
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * One queue row as plain labels (never HTML): badge, contact, waiting time, unread dot; the preview's
 * first line; status, priority, assignee, tags and errands. Asks for the next page when it shows one
 * of the last rows, and for the page above when it shows one of the first, so the list follows the
 * person's scrolling. FX thread.
 */
final class QueueCell extends ListCell<QueueRow> {
    /** How close to the end a shown row asks for the next page. */
    private static final int PREFETCH = 20;
    /** Longer names are cut, so a name can stay whole without pushing the waiting time out. */
    private static final int MAX_NAME = 28;
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");

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
    /** The platform the badge is styled for, so scrolling restyles only when it changes. */
    private org.switchboard.domain.Platform styledPlatform;

    QueueCell(QueueViewModel vm, DomainTexts names, TimeFormat time) {
        this.vm = vm;
        this.names = names;
        this.texts = names.texts();
        this.time = time;
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
        for (Label chip : new Label[] {status, priority, badge}) {
            chip.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, badge, name, handle, gap, waiting, dot);
        top.setAlignment(Pos.CENTER_LEFT);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox bottom = new HBox(6, status, priority, assignee, tags, gap2, errands);
        bottom.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, top, preview, bottom);
        badge.setTooltip(badgeTip);
        waiting.setTooltip(waitingTip);
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            pseudoClassStateChanged(UNREAD, false);
            return;
        }
        show(row);
        setGraphic(box);
        if (getIndex() >= getListView().getItems().size() - PREFETCH) {
            vm.loadMore();
        } else if (getIndex() < PREFETCH && vm.hasAbove().get()) {
            vm.loadAbove(); // pages dropped above by the sliding window come back when scrolling up
        }
    }

    private void show(QueueRow row) {
        badge.setText(names.platformBadge(row.platform()));
        if (styledPlatform != row.platform()) {
            Css.platformBadge(badge, row.platform());
            styledPlatform = row.platform();
        }
        badgeTip.setText(names.platform(row.platform())
                + (row.accountName() == null ? "" : " · " + DisplayText.oneLine(row.accountName())));
        name.setText(shortened(DisplayText.oneLine(row.contactName()), MAX_NAME));
        handle.setText(row.contactHandle() == null ? "" : DisplayText.oneLine(row.contactHandle()));
        boolean waits = row.waitingSince() != null;
        waiting.setText(time.since(waits ? row.waitingSince() : row.lastActivityAt()));
        waitingTip.setText(waits
                ? texts.get("queue.row.waiting-since", time.exact(row.waitingSince()))
                : texts.get("queue.row.last-activity", time.exact(row.lastActivityAt())));
        waiting.pseudoClassStateChanged(PseudoClass.getPseudoClass("waits"), waits);
        dot.setVisible(row.unread());
        pseudoClassStateChanged(UNREAD, row.unread());
        preview.setText(DisplayText.oneLine(row.preview()));
        status.setText(names.status(row.status()));
        chip(status, "status-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
        priority.setText(names.priority(row.priority()));
        chip(priority, switch (row.priority()) {
            case URGENT -> Css.CHIP_DANGER;
            case HIGH -> Css.CHIP_WARNING;
            default -> "chip-quiet";
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
            chip(errands, Css.CHIP_DANGER);
        } else {
            errands.setText(texts.get("queue.row.errands", row.openErrands()));
            chip(errands, Css.CHIP_ACCENT);
        }
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Styles {@code label} as a chip of {@code variant}; leaves the classes alone when they are already so. */
    private static void chip(Label label, String variant) {
        var classes = label.getStyleClass();
        if (classes.contains(variant) && classes.contains(Css.CHIP)) {
            return;
        }
        classes.removeIf(c -> c.startsWith("chip") || c.startsWith("status-"));
        classes.addAll(Css.CHIP, variant);
    }
}
