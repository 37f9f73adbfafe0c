package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Contact;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Platform;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.port.ContactRepository;

/** Contacts, identities and earlier attempts. */
public final class JdbcContactRepository implements ContactRepository {
    private final Jdbc jdbc;

    public JdbcContactRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Contact insert(Contact c) {
        long id = jdbc.insert("INSERT INTO contacts (name, email, phone, created_at, version) VALUES (?, ?, ?, ?, 0)",
                c.name(), c.email(), c.phone(), c.createdAt());
        return new Contact(id, c.name(), c.email(), c.phone(), c.createdAt(), 0);
    }

    @Override
    public Optional<Contact> find(long id) {
        return jdbc.one("SELECT id, name, email, phone, created_at, version FROM contacts WHERE id = ?",
                JdbcContactRepository::contact, id);
    }

    @Override
    public Contact update(Contact c) {
        int n = jdbc.update("UPDATE contacts SET name = ?, email = ?, phone = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", c.name(), c.email(), c.phone(), c.id(), c.version());
        if (n == 0) {
            throw new StaleWriteException("contact", c.id(), c.version());
        }
        return new Contact(c.id(), c.name(), c.email(), c.phone(), c.createdAt(), c.version() + 1);
    }

    @Override
    public Identity addIdentity(Identity i) {
        long id = jdbc.insert("INSERT INTO identities (contact_id, platform, handle, display_name, url) "
                + "VALUES (?, ?, ?, ?, ?)", i.contactId(), i.platform().id(), i.handle(), i.displayName(), i.url());
        return new Identity(id, i.contactId(), i.platform(), i.handle(), i.displayName(), i.url());
    }

    @Override
    public List<Identity> identities(long contactId) {
        return jdbc.list("SELECT id, contact_id, platform, handle, display_name, url FROM identities "
                + "WHERE contact_id = ? ORDER BY id", JdbcContactRepository::identity, contactId);
    }

    @Override
    public Optional<Identity> findIdentity(Platform platform, String handle) {
        return jdbc.one("SELECT id, contact_id, platform, handle, display_name, url FROM identities "
                + "WHERE platform = ? AND handle = ?", JdbcContactRepository::identity, platform.id(), handle);
    }

    @Override
    public java.util.Map<String, Identity> findIdentities(Platform platform, java.util.Collection<String> handles) {
        java.util.Map<String, Identity> out = new java.util.HashMap<>();
        for (Identity i : jdbc.listEach("SELECT id, contact_id, platform, handle, display_name, url FROM identities "
                + "WHERE platform = ? AND handle = ?", handles, JdbcContactRepository::identity, platform.id())) {
            out.put(i.handle(), i);
        }
        return out;
    }

    @Override
    public java.util.Map<Long, List<Identity>> identitiesOf(java.util.Collection<Long> contactIds) {
        java.util.Map<Long, List<Identity>> out = new java.util.HashMap<>();
        for (Identity i : jdbc.listIn("SELECT id, contact_id, platform, handle, display_name, url FROM identities "
                + "WHERE contact_id IN (%s) ORDER BY id", contactIds, JdbcContactRepository::identity)) {
            out.computeIfAbsent(i.contactId(), k -> new java.util.ArrayList<>()).add(i);
        }
        return out;
    }

    @Override
    public List<Contact> findAll(java.util.Collection<Long> ids) {
        return jdbc.listIn("SELECT id, name, email, phone, created_at, version FROM contacts WHERE id IN (%s)", ids,
                JdbcContactRepository::contact);
    }

    @Override
    public EarlierAttempt addAttempt(EarlierAttempt a) {
        long id = jdbc.insert("INSERT INTO earlier_attempts (contact_id, attempt_date, channel, addressee, result, "
                        + "recorded_at) VALUES (?, ?, ?, ?, ?, ?)", a.contactId(), a.date(), a.channel(), a.addressee(),
                a.result(), a.recordedAt());
        return new EarlierAttempt(id, a.contactId(), a.date(), a.channel(), a.addressee(), a.result(),
                a.recordedAt());
    }

    @Override
    public List<EarlierAttempt> attempts(long contactId) {
        return jdbc.list("SELECT id, contact_id, attempt_date, channel, addressee, result, recorded_at "
                        + "FROM earlier_attempts WHERE contact_id = ? ORDER BY attempt_date, id",
                rs -> new EarlierAttempt(rs.getLong("id"), rs.getLong("contact_id"),
                        rs.getObject("attempt_date", java.time.LocalDate.class), rs.getString("channel"),
                        rs.getString("addressee"), rs.getString("result"), Jdbc.instant(rs, "recorded_at")),
                contactId);
    }

    @Override
    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM contacts");
    }

    @Override
    public void mergeInto(long fromId, long toId) {
        jdbc.update("UPDATE identities SET contact_id = ? WHERE contact_id = ?", toId, fromId);
        jdbc.update("UPDATE earlier_attempts SET contact_id = ? WHERE contact_id = ?", toId, fromId);
        jdbc.update("UPDATE cases SET contact_id = ? WHERE contact_id = ?", toId, fromId);
        jdbc.update("UPDATE messages SET contact_id = ? WHERE contact_id = ?", toId, fromId);
        jdbc.update("UPDATE contacts SET merged_into = ?, version = version + 1 WHERE id = ?", toId, fromId);
    }

    @Override
    public Optional<Long> identityOwner(long identityId) {
        return jdbc.one("SELECT contact_id FROM identities WHERE id = ?", rs -> rs.getLong(1), identityId);
    }

    @Override
    public void moveIdentity(long identityId, long toContactId) {
        jdbc.update("UPDATE identities SET contact_id = ? WHERE id = ?", toContactId, identityId);
    }

    @Override
    public List<Contact> sharingDetails(long contactId) {
        return jdbc.list("SELECT DISTINCT c.id, c.name, c.email, c.phone, c.created_at, c.version FROM contacts c "
                + "JOIN contacts me ON me.id = ? WHERE c.id <> me.id AND c.merged_into IS NULL AND ("
                + "LOWER(c.name) = LOWER(me.name) "
                + "OR (c.email IS NOT NULL AND LOWER(c.email) = LOWER(me.email)) "
                + "OR (c.phone IS NOT NULL AND c.phone = me.phone) "
                + "OR EXISTS (SELECT 1 FROM identities a JOIN identities b ON LOWER(a.handle) = LOWER(b.handle) "
                + "AND a.platform IN ('email', 'phone') AND b.platform = a.platform "
                + "WHERE a.contact_id = c.id AND b.contact_id = me.id)) ORDER BY c.id",
                JdbcContactRepository::contact, contactId);
    }

    @Override
    public void moveCasesOfPlatform(long fromContactId, long toContactId, Platform platform) {
        jdbc.update("UPDATE messages SET contact_id = ? WHERE contact_id = ? AND platform = ?", toContactId,
                fromContactId, platform.id());
        jdbc.update("UPDATE cases SET contact_id = ? WHERE contact_id = ? AND platform = ?", toContactId,
                fromContactId, platform.id());
    }

    @Override
    public void dismiss(long contactId, long otherId, String by, java.time.Instant at) {
        long low = Math.min(contactId, otherId);
        long high = Math.max(contactId, otherId);
        jdbc.update("MERGE INTO contact_dismissals t USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT))) "
                + "AS v (contact_id, other_id) ON t.contact_id = v.contact_id AND t.other_id = v.other_id "
                + "WHEN NOT MATCHED THEN INSERT (contact_id, other_id, dismissed_by, dismissed_at) "
                + "VALUES (v.contact_id, v.other_id, ?, ?)", low, high, by, at);
    }

    @Override
    public java.util.Set<Long> dismissed(long contactId) {
        return new java.util.HashSet<>(jdbc.list("SELECT other_id FROM contact_dismissals WHERE contact_id = ? "
                + "UNION SELECT contact_id FROM contact_dismissals WHERE other_id = ?", rs -> rs.getLong(1),
                contactId, contactId));
    }

    @Override
    public List<Contact> find(String text, int limit) {
        String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.list("SELECT c.id, c.name, c.email, c.phone, c.created_at, c.version FROM contacts c "
                + "WHERE c.merged_into IS NULL AND (LOWER(c.name) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM "
                + "identities i WHERE i.contact_id = c.id AND LOWER(i.handle) LIKE ? ESCAPE '\\')) "
                + "ORDER BY c.name, c.id FETCH FIRST " + Math.max(1, Math.min(limit, 200)) + " ROWS ONLY",
                JdbcContactRepository::contact, like, like);
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                Jdbc.instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Identity identity(ResultSet rs) throws SQLException {
        return new Identity(rs.getLong("id"), rs.getLong("contact_id"), Platform.fromId(rs.getString("platform")),
                rs.getString("handle"), rs.getString("display_name"), rs.getString("url"));
    }
}
