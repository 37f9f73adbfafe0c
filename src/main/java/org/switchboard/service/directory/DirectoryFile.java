package org.switchboard.service.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.ValidationException;

/**
 * The directory file of CLI.md: CSV with a header row (UTF-8, RFC 4180) or a JSON array of objects with
 * the same field names; lists inside a field separated by {@code ;}.
 */
public final class DirectoryFile {
    public static final List<String> COLUMNS = List.of("type", "key", "name", "unit", "email", "phone", "webhook_url",
            "open311_endpoint", "open311_service_code", "keywords", "categories", "due_days", "office_hours",
            "escalates_to");

    private DirectoryFile() {}

    /** One row as read, with the line it starts on (CSV) or its position (JSON, 1-based). */
    public record Row(int line, Map<String, String> fields) {}

    public static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public static List<Row> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            throw new ValidationException("'" + file + "' is neither .csv nor .json; the directory file format is "
                    + "chosen by its extension");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return isJson(file) ? readJson(in) : readCsv(in);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ValidationException("'" + file + "' is not UTF-8 text; save it as UTF-8 and import again");
        } catch (IOException e) {
            throw new ValidationException("cannot read '" + file + "': " + firstLine(e.getMessage()));
        }
    }

    private static List<Row> readCsv(Reader in) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (true) {
                int line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                Map<String, String> row = it.nextValue();
                if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                rows.add(new Row(Math.max(line, 2), normalise(row)));
            }
        } catch (RuntimeException e) {
            throw new ValidationException("the CSV file cannot be read: " + firstLine(e.getMessage()));
        }
        return rows;
    }

    private static List<Row> readJson(Reader in) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new ValidationException("the JSON file cannot be read: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isArray()) {
            throw new ValidationException("the JSON file must hold an array of objects with the directory's field names");
        }
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode o : root) {
            index++;
            if (!o.isObject()) {
                throw new ValidationException("entry " + index + " of the JSON array is not an object");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                String text = v.isNull() ? null : v.isArray() ? joinArray(v) : v.asText();
                fields.put(f.getKey(), text);
            }
            rows.add(new Row(index, normalise(fields)));
        }
        return rows;
    }

    private static String joinArray(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(e -> parts.add(e.asText()));
        return String.join(";", parts);
    }

    private static Map<String, String> normalise(Map<String, String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k == null ? "" : k.strip().toLowerCase(Locale.ROOT), v == null ? null : v.strip()));
        return out;
    }

    /** The directory as file rows, units first, each in the order of CLI.md's columns. */
    public static List<Map<String, String>> rows(List<Unit> units, List<Person> people) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Unit u : units) {
            rows.add(row("unit", u.key(), u.name(), null, u.email(), u.phones(), u.webhookUrl(), u.open311Endpoint(),
                    u.open311ServiceCode(), u.keywords(), u.categories(), u.dueDays(), u.officeHours(), u.escalatesTo()));
        }
        for (Person p : people) {
            rows.add(row("person", p.key(), p.name(), p.unitKey(), p.email(), p.phones(), null, null, null,
                    p.keywords(), List.of(), p.dueDays(), p.officeHours(), p.escalatesTo()));
        }
        return rows;
    }

    private static Map<String, String> row(String type, String key, String name, String unit, String email,
                                           List<String> phones, String webhook, String o311, String o311Code,
                                           List<String> keywords, List<String> categories, Integer due, String hours,
                                           String escalates) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("type", type);
        r.put("key", key);
        r.put("name", name);
        r.put("unit", unit);
        r.put("email", email);
        r.put("phone", String.join(";", phones));
        r.put("webhook_url", webhook);
        r.put("open311_endpoint", o311);
        r.put("open311_service_code", o311Code);
        r.put("keywords", String.join(";", keywords));
        r.put("categories", String.join(";", categories));
        r.put("due_days", due == null ? null : String.valueOf(due));
        r.put("office_hours", hours);
        r.put("escalates_to", escalates);
        return r;
    }

    /** Writes rows as CSV (with header) or JSON, by the file's extension, atomically. */
    public static void write(Path file, List<Map<String, String>> rows) {
        String text;
        try {
            if (isJson(file)) {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode array = m.createArrayNode();
                for (Map<String, String> r : rows) {
                    ObjectNode o = array.addObject();
                    r.forEach((k, v) -> {
                        if (k.equals("due_days") && v != null) {
                            o.put(k, Integer.parseInt(v));
                        } else {
                            o.put(k, v == null ? "" : v);
                        }
                    });
                }
                text = m.writeValueAsString(array) + "\n";
            } else {
                CsvMapper m = new CsvMapper();
                CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
                COLUMNS.forEach(b::addColumn);
                StringWriter w = new StringWriter();
                m.writer(b.build()).writeValues(w).writeAll(rows.stream().map(r -> {
                    Map<String, String> clean = new LinkedHashMap<>();
                    COLUMNS.forEach(c -> clean.put(c, r.get(c) == null ? "" : r.get(c)));
                    return clean;
                }).toList());
                text = w.toString();
            }
            Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ValidationException("cannot write '" + file + "': " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }
}
