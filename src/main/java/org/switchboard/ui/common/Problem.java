package org.switchboard.ui.common;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Something that went wrong, as a person reads it: a bundle key with one placeholder for the detail
 * (the exception's own message, which our services write to name problem and fix). Never a stack trace.
 */
public record Problem(String key, String detail) {
    private static final int MAX_DETAIL = 300;

    /** The problem {@code key} caused by {@code failure}. Any thread. */
    public static Problem of(String key, Throwable failure) {
        return new Problem(key, readable(failure));
    }

    /** The first line of the innermost useful message, shortened. Any thread. */
    public static String readable(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t == null ? null : t.getMessage();
        if (message == null || message.isBlank()) {
            return t == null ? "unknown" : t.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1) + "…";
    }
}
