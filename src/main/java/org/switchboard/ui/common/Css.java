package org.switchboard.ui.common;

import javafx.scene.Node;
import org.switchboard.domain.Platform;

/** Our style classes (defined in {@code switchboard.css}), named once so views cannot misspell them. */
public final class Css {
    public static final String STYLESHEET = "/org/switchboard/ui/switchboard.css";

    public static final String PLATFORM_BADGE = "platform-badge";
    public static final String CHIP = "chip";
    public static final String CHIP_DANGER = "chip-danger";
    public static final String CHIP_WARNING = "chip-warning";
    public static final String CHIP_ACCENT = "chip-accent";
    public static final String MUTED = "muted";
    public static final String SECTION_TITLE = "section-title";
    public static final String PANE_TITLE = "pane-title";
    public static final String PLACEHOLDER = "placeholder";
    public static final String DANGER_TEXT = "danger-text";
    public static final String SUCCESS_TEXT = "success-text";
    public static final String WARNING_TEXT = "warning-text";
    /** Set on a counter whose text is longer than the platform allows. */
    public static final javafx.css.PseudoClass OVER = javafx.css.PseudoClass.getPseudoClass("over");

    private Css() {}

    /** Adds the platform's badge classes ({@code platform-badge platform-facebook}). FX thread. */
    public static void platformBadge(Node badge, Platform platform) {
        badge.getStyleClass().removeIf(c -> c.startsWith("platform-"));
        badge.getStyleClass().addAll(PLATFORM_BADGE, "platform-" + platform.id());
    }

    /** The style class (and pseudo-class) that colours a chip of this status: "status-waiting-customer". */
    public static String status(org.switchboard.domain.CaseStatus s) {
        return "status-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
