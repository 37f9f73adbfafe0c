package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;
import org.switchboard.domain.port.AccountRepository;

/** Accounts in the {@code accounts} table. */
public final class JdbcAccountRepository implements AccountRepository {
    private static final String COLUMNS = "id, platform, name, handle, demo, paused, settings, created_at";

    private final Jdbc jdbc;

    public JdbcAccountRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Account insert(Account a) {
        long id = jdbc.insert("INSERT INTO accounts (platform, name, handle, demo, paused, settings, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                a.platform().id(), a.name(), a.handle(), a.demo(), a.paused(), Json.writeMap(a.settings()),
                a.createdAt());
        return new Account(id, a.platform(), a.name(), a.handle(), a.demo(), a.paused(), a.settings(), a.createdAt());
    }

    @Override
    public Optional<Account> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM accounts WHERE id = ?", JdbcAccountRepository::map, id);
    }

    @Override
    public Optional<Account> findByName(String name) {
        return jdbc.one("SELECT " + COLUMNS + " FROM accounts WHERE name = ?", JdbcAccountRepository::map, name);
    }

    @Override
    public List<Account> list() {
        return jdbc.list("SELECT " + COLUMNS + " FROM accounts ORDER BY name", JdbcAccountRepository::map);
    }

    @Override
    public void delete(long id) {
        jdbc.update("DELETE FROM accounts WHERE id = ?", id);
    }

    @Override
    public void setPaused(long id, boolean paused) {
        jdbc.update("UPDATE accounts SET paused = ? WHERE id = ?", paused, id);
    }

    @Override
    public void setHandle(long id, String handle) {
        jdbc.update("UPDATE accounts SET handle = ? WHERE id = ?", handle, id);
    }

    @Override
    public void setSettings(long id, java.util.Map<String, String> settings) {
        jdbc.update("UPDATE accounts SET settings = ? WHERE id = ?", Json.writeMap(settings), id);
    }

    private static Account map(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), Platform.fromId(rs.getString("platform")), rs.getString("name"),
                rs.getString("handle"), rs.getBoolean("demo"), rs.getBoolean("paused"),
                Json.readMap(rs.getString("settings")), Jdbc.instant(rs, "created_at"));
    }
}
