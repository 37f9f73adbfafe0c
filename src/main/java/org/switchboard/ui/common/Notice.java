package org.switchboard.ui.common;

/**
 * A short outcome a screen shows beside its controls: "Connected as @city@social.example", a warning, or
 * a problem in words. A bundle key with one placeholder for the detail, so the view-model stays free of
 * language and the view formats it; never a stack trace. Any thread (immutable).
 */
public record Notice(String key, String detail, Tone tone) {
    /** How the view colours it. */
    public enum Tone { OK, WARNING, PROBLEM }

    public Notice {
        detail = detail == null ? "" : detail;
    }

    /** Good news under {@code key}, with {@code detail} for its placeholder. Any thread. */
    public static Notice ok(String key, String detail) {
        return new Notice(key, detail, Tone.OK);
    }

    /** Done, but with something to know (added, yet not checked). Any thread. */
    public static Notice warning(String key, String detail) {
        return new Notice(key, detail, Tone.WARNING);
    }

    /** The problem {@code key} caused by {@code failure}, readable (first line, shortened). Any thread. */
    public static Notice problem(String key, Throwable failure) {
        return new Notice(key, Problem.readable(failure), Tone.PROBLEM);
    }

    /** A problem we found ourselves (a missing field), with its detail. Any thread. */
    public static Notice problem(String key, String detail) {
        return new Notice(key, detail, Tone.PROBLEM);
    }

    /** True for a problem (not for a warning). */
    public boolean problem() {
        return tone == Tone.PROBLEM;
    }

    /** The style class of this tone ({@link Css#SUCCESS_TEXT}, {@link Css#WARNING_TEXT}, {@link Css#DANGER_TEXT}). */
    public String styleClass() {
        return switch (tone) {
            case OK -> Css.SUCCESS_TEXT;
            case WARNING -> Css.WARNING_TEXT;
            case PROBLEM -> Css.DANGER_TEXT;
        };
    }
}
