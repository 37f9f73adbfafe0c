package org.switchboard.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows values in choice boxes by a function; for lists that are picked from, never typed into. Any thread. */
public final class Converters {
    private Converters() {}

    /** A converter that shows {@code show(value)} and an empty text for null. */
    public static <T> StringConverter<T> of(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
