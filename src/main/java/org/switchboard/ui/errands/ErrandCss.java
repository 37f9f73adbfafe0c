package org.switchboard.ui.errands;

/** The style classes of the errand screens (defined in {@code errands.css}, on top of switchboard.css). */
public final class ErrandCss {
    public static final String STYLESHEET = "/org/switchboard/ui/errands.css";
    public static final String ERRAND = "errand";
    public static final String ERRAND_REF = "errand-ref";
    public static final String OVERDUE = "errand-overdue";
    public static final String STEP = "errand-step";

    private ErrandCss() {}
}
