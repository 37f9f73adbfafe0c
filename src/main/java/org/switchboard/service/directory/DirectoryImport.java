package org.switchboard.service.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.switchboard.domain.OfficeHours;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.ValidationException;

/**
 * Checks every row of a directory file before anything is imported, and reports each bad row with its
 * line, column and reason: a file with any bad row imports nothing.
 */
final class DirectoryImport {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** One problem in the file. */
    record Problem(int line, String column, String reason) {
        @Override
        public String toString() {
            return "line " + line + ", " + column + ": " + reason;
        }
    }

    /** The checked file: what would be imported, or the problems. */
    record Checked(List<Unit> units, List<Person> people, List<Problem> problems) {}

    static Checked check(List<DirectoryFile.Row> rows, Set<String> existingKeys) {
        List<Problem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Map<String, Integer> keysInFile = new HashMap<>();
        Set<String> unitKeys = new HashSet<>();
        for (DirectoryFile.Row row : rows) {
            Map<String, String> f = row.fields();
            String key = f.get("key");
            if (key != null && !key.isBlank()) {
                Integer earlier = keysInFile.putIfAbsent(key, row.line());
                if (earlier != null) {
                    problems.add(new Problem(row.line(), "key", "'" + key + "' is used twice (also line " + earlier + ")"));
                }
                if ("unit".equalsIgnoreCase(f.get("type"))) {
                    unitKeys.add(key);
                }
            }
        }
        for (DirectoryFile.Row row : rows) {
            List<Problem> own = checkFields(row);
            problems.addAll(own);
            if (!own.isEmpty()) {
                continue;
            }
            try {
                DirectoryRecords.Entry e = DirectoryRecords.fromFields(row.fields());
                if (e.unit() != null) {
                    units.add(e.unit());
                } else {
                    people.add(e.person());
                }
            } catch (ValidationException ex) {
                problems.add(new Problem(row.line(), columnOf(ex.getMessage()), ex.getMessage()));
            }
        }
        Set<String> known = new HashSet<>(existingKeys);
        known.addAll(keysInFile.keySet());
        for (DirectoryFile.Row row : rows) {
            String unit = row.fields().get("unit");
            if ("person".equalsIgnoreCase(row.fields().get("type")) && unit != null && !unit.isBlank()
                    && !unitKeys.contains(unit) && !existingKeys.contains(unit)) {
                problems.add(new Problem(row.line(), "unit", "no unit with key '" + unit + "' in the file or the "
                        + "directory"));
            }
            String esc = row.fields().get("escalates_to");
            if (esc != null && !esc.isBlank() && !known.contains(esc)) {
                problems.add(new Problem(row.line(), "escalates_to", "no unit or person with key '" + esc + "'"));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Checked(units, people, problems);
    }

    private static List<Problem> checkFields(DirectoryFile.Row row) {
        List<Problem> p = new ArrayList<>();
        Map<String, String> f = row.fields();
        String type = f.get("type");
        if (type == null || type.isBlank()) {
            p.add(new Problem(row.line(), "type", "empty; expected 'unit' or 'person'"));
        } else if (!type.equalsIgnoreCase("unit") && !type.equalsIgnoreCase("person")) {
            p.add(new Problem(row.line(), "type", "'" + type + "' is neither 'unit' nor 'person'"));
        }
        if (blank(f.get("key"))) {
            p.add(new Problem(row.line(), "key", "empty; every entry needs a stable key such as 'roads'"));
        } else if (!f.get("key").matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            p.add(new Problem(row.line(), "key", "'" + f.get("key") + "' may hold only letters, digits, '.', '_' and '-'"));
        }
        if (blank(f.get("name"))) {
            p.add(new Problem(row.line(), "name", "empty"));
        }
        String email = f.get("email");
        if (!blank(email) && !EMAIL.matcher(email).matches()) {
            p.add(new Problem(row.line(), "email", "'" + email + "' is not an e-mail address"));
        }
        String due = f.get("due_days");
        if (!blank(due)) {
            try {
                int d = Integer.parseInt(due);
                if (d < 0 || d > 365) {
                    p.add(new Problem(row.line(), "due_days", due + " is not between 0 and 365"));
                }
            } catch (NumberFormatException e) {
                p.add(new Problem(row.line(), "due_days", "'" + due + "' is not a whole number of working days"));
            }
        }
        try {
            OfficeHours.parse(f.get("office_hours"));
        } catch (ValidationException e) {
            p.add(new Problem(row.line(), "office_hours", e.getMessage()));
        }
        for (String url : new String[] {"webhook_url", "open311_endpoint"}) {
            String v = f.get(url);
            if (!blank(v) && !v.matches("https?://\\S+")) {
                p.add(new Problem(row.line(), url, "'" + v + "' is not an http(s) address"));
            }
        }
        return p;
    }

    private static String columnOf(String message) {
        for (String c : DirectoryFile.COLUMNS) {
            if (message.contains(c.replace('_', ' '))) {
                return c;
            }
        }
        return "row";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
