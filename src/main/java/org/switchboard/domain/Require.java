package org.switchboard.domain;

import java.util.List;
import java.util.Objects;

/** Constructor checks shared by the domain records; every failure is a {@link ValidationException}. */
public final class Require {
    private Require() {}

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field + " must not be empty");
        }
        return value;
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field + " is longer than " + max + " characters");
        }
        return value;
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new ValidationException(field + " is required");
        }
        return value;
    }

    public static long positiveOrZero(long value, String field) {
        if (value < 0) {
            throw new ValidationException(field + " must not be negative");
        }
        return value;
    }

    /** Blank strings become {@code null}, so "no value" has one spelling. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list.stream().filter(Objects::nonNull).toList());
    }
}
