package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Person;
import org.switchboard.domain.Unit;
import org.switchboard.domain.port.DirectoryRepository;

/** Units and people in one table; list fields are stored ';'-separated as in the directory file. */
public final class JdbcDirectoryRepository implements DirectoryRepository {
    private static final String COLUMNS = "id, entry_type, entry_key, name, unit_key, email, phones, webhook_url, "
            + "open311_endpoint, open311_service_code, keywords, categories, due_days, office_hours, escalates_to, "
            + "version";

    private final Jdbc jdbc;

    public JdbcDirectoryRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Unit saveUnit(Unit u) {
        long id = save("unit", u.key(), u.name(), null, u.email(), u.phones(), u.webhookUrl(), u.open311Endpoint(),
                u.open311ServiceCode(), u.keywords(), u.categories(), u.dueDays(), u.officeHours(), u.escalatesTo());
        return unit(u.key()).orElseThrow(() -> new StoreException("unit " + id + " vanished", null));
    }

    @Override
    public boolean delete(String key) {
        return jdbc.update("DELETE FROM directory_entries WHERE entry_key = ?", key) > 0;
    }

    @Override
    public Person savePerson(Person p) {
        save("person", p.key(), p.name(), p.unitKey(), p.email(), p.phones(), null, null, null, p.keywords(),
                List.of(), p.dueDays(), p.officeHours(), p.escalatesTo());
        return person(p.key()).orElseThrow();
    }

    private long save(String type, String key, String name, String unitKey, String email, List<String> phones,
                      String webhook, String o311, String o311Code, List<String> keywords, List<String> categories,
                      Integer dueDays, String hours, String escalates) {
        Object[] values = {name, unitKey, email, join(phones), webhook, o311, o311Code, join(keywords),
                join(categories), dueDays, hours, escalates};
        Optional<Long> existing = jdbc.one("SELECT id FROM directory_entries WHERE entry_key = ?",
                rs -> rs.getLong(1), key);
        if (existing.isPresent()) {
            Object[] params = Arrays.copyOf(values, values.length + 2);
            params[values.length] = type;
            params[values.length + 1] = existing.get();
            jdbc.update("UPDATE directory_entries SET name = ?, unit_key = ?, email = ?, phones = ?, webhook_url = ?, "
                    + "open311_endpoint = ?, open311_service_code = ?, keywords = ?, categories = ?, due_days = ?, "
                    + "office_hours = ?, escalates_to = ?, entry_type = ?, version = version + 1 WHERE id = ?", params);
            return existing.get();
        }
        Object[] params = new Object[values.length + 2];
        params[0] = type;
        params[1] = key;
        System.arraycopy(values, 0, params, 2, values.length);
        return jdbc.insert("INSERT INTO directory_entries (entry_type, entry_key, name, unit_key, email, phones, "
                + "webhook_url, open311_endpoint, open311_service_code, keywords, categories, due_days, office_hours, "
                + "escalates_to, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", params);
    }

    @Override
    public List<Unit> units() {
        return jdbc.list("SELECT " + COLUMNS + " FROM directory_entries WHERE entry_type = 'unit' ORDER BY name",
                JdbcDirectoryRepository::mapUnit);
    }

    @Override
    public List<Person> people() {
        return jdbc.list("SELECT " + COLUMNS + " FROM directory_entries WHERE entry_type = 'person' ORDER BY name",
                JdbcDirectoryRepository::mapPerson);
    }

    @Override
    public Optional<Unit> unit(String key) {
        return jdbc.one("SELECT " + COLUMNS + " FROM directory_entries WHERE entry_type = 'unit' AND entry_key = ?",
                JdbcDirectoryRepository::mapUnit, key);
    }

    @Override
    public Optional<Person> person(String key) {
        return jdbc.one("SELECT " + COLUMNS + " FROM directory_entries WHERE entry_type = 'person' AND entry_key = ?",
                JdbcDirectoryRepository::mapPerson, key);
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(";", values);
    }

    static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Unit mapUnit(ResultSet rs) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("entry_key"), rs.getString("name"), rs.getString("email"),
                split(rs.getString("phones")), rs.getString("webhook_url"), rs.getString("open311_endpoint"),
                rs.getString("open311_service_code"), split(rs.getString("keywords")),
                split(rs.getString("categories")), Jdbc.nullableInt(rs, "due_days"), rs.getString("office_hours"),
                rs.getString("escalates_to"), rs.getLong("version"));
    }

    private static Person mapPerson(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("entry_key"), rs.getString("name"), rs.getString("unit_key"),
                rs.getString("email"), split(rs.getString("phones")), split(rs.getString("keywords")),
                Jdbc.nullableInt(rs, "due_days"), rs.getString("office_hours"), rs.getString("escalates_to"),
                rs.getLong("version"));
    }
}
