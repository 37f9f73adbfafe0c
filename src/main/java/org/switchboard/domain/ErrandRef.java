package org.switchboard.domain;

import java.util.regex.Pattern;

/** An errand's reference, {@code SB-<year>-<6 digits>}: unique and never reused. */
public record ErrandRef(String value) {
    private static final Pattern FORMAT = Pattern.compile("SB-\\d{4}-\\d{6}");

    public ErrandRef {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ValidationException("'" + value + "' is not an errand reference like SB-2026-000142");
        }
    }

    public static ErrandRef of(int year, long number) {
        if (number < 1 || number > 999_999) {
            throw new ValidationException("errand number " + number + " is outside 1..999999");
        }
        return new ErrandRef("SB-%04d-%06d".formatted(year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
