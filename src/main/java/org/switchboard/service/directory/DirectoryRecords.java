package org.switchboard.service.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.ValidationException;

/**
 * Turns one row of a directory file (CSV row or JSON object, with the field names of CLI.md) into a
 * {@link Unit} or {@link Person}. Lists inside a field are separated by {@code ;}.
 */
public final class DirectoryRecords {
    private DirectoryRecords() {}

    /** A parsed row: exactly one of unit and person is set. */
    public record Entry(Unit unit, Person person) {}

    public static Entry fromFields(Map<String, String> f) {
        String type = value(f, "type");
        if (type == null) {
            throw new ValidationException("type is empty; expected 'unit' or 'person'");
        }
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "unit" -> new Entry(new Unit(0, value(f, "key"), value(f, "name"), value(f, "email"),
                    list(f, "phone"), value(f, "webhook_url"), value(f, "open311_endpoint"),
                    value(f, "open311_service_code"), list(f, "keywords"), list(f, "categories"), dueDays(f),
                    value(f, "office_hours"), value(f, "escalates_to"), 0), null);
            case "person" -> new Entry(null, new Person(0, value(f, "key"), value(f, "name"), value(f, "unit"),
                    value(f, "email"), list(f, "phone"), list(f, "keywords"), dueDays(f), value(f, "office_hours"),
                    value(f, "escalates_to"), 0));
            default -> throw new ValidationException("type '" + type + "' is neither 'unit' nor 'person'");
        };
    }

    private static String value(Map<String, String> f, String name) {
        String v = f.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> list(Map<String, String> f, String name) {
        String v = value(f, name);
        return v == null ? List.of()
                : Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer dueDays(Map<String, String> f) {
        String v = value(f, "due_days");
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new ValidationException("due_days '" + v + "' is not a whole number of working days");
        }
    }
}
