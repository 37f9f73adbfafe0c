package org.switchboard.service.replies;

/**
 * Why a reply cannot be sent as it is, from {@link ReplyRules#check}.
 *
 * @param code    what kind of problem, for code that reacts to it (and the window's words)
 * @param message the problem and its fix, in English words
 */
public record ReplyProblem(Code code, String message) {
    public enum Code {
        /** Nothing to send. */
        EMPTY,
        /** Longer than the platform allows. */
        TOO_LONG,
        /** Messenger's or Instagram's 24-hour window is over. */
        WINDOW_CLOSED,
        /** A public reply to a private message: it would make a private conversation public. */
        VISIBILITY_WIDENED,
        /** A template placeholder still waits for its value ({@code ⟦errand.ref fehlt⟧}). */
        TEMPLATE_MARKER
    }
}
