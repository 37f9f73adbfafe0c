package org.switchboard.store;

import java.time.Instant;
import java.util.Optional;
import org.switchboard.domain.sync.AccountStatus;
import org.switchboard.domain.sync.SyncStateRepository;

/** Sync cursors and account status; upserts are an UPDATE then an INSERT, portable to H2 and PostgreSQL. */
public final class JdbcSyncStateRepository implements SyncStateRepository {
    private final Jdbc jdbc;

    public JdbcSyncStateRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> cursor(long accountId, String stream) {
        return jdbc.one("SELECT cursor_value FROM sync_cursors WHERE account_id = ? AND stream = ?",
                rs -> rs.getString(1), accountId, stream);
    }

    @Override
    public void saveCursor(long accountId, String stream, String cursor, Instant at) {
        jdbc.inTransaction(() -> {
            int n = jdbc.update("UPDATE sync_cursors SET cursor_value = ?, updated_at = ? WHERE account_id = ? "
                    + "AND stream = ?", cursor, at, accountId, stream);
            if (n == 0) {
                jdbc.update("INSERT INTO sync_cursors (account_id, stream, cursor_value, updated_at) VALUES (?, ?, ?, ?)",
                        accountId, stream, cursor, at);
            }
            return null;
        });
    }

    @Override
    public AccountStatus status(long accountId) {
        return jdbc.one("SELECT account_id, state, last_sync_at, next_sync_at, last_error, failures FROM account_status "
                        + "WHERE account_id = ?",
                rs -> new AccountStatus(rs.getLong(1), AccountStatus.State.valueOf(rs.getString(2)),
                        Jdbc.instant(rs, "last_sync_at"), Jdbc.instant(rs, "next_sync_at"), rs.getString(5),
                        rs.getInt(6)),
                accountId).orElse(AccountStatus.fresh(accountId));
    }

    @Override
    public void saveStatus(AccountStatus s, Instant at) {
        jdbc.inTransaction(() -> {
            int n = jdbc.update("UPDATE account_status SET state = ?, last_sync_at = ?, next_sync_at = ?, last_error = ?, "
                    + "failures = ?, updated_at = ? WHERE account_id = ?", s.state(), s.lastSyncAt(), s.nextSyncAt(),
                    s.lastError(), s.failuresInARow(), at, s.accountId());
            if (n == 0) {
                jdbc.update("INSERT INTO account_status (account_id, state, last_sync_at, next_sync_at, last_error, "
                        + "failures, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", s.accountId(), s.state(), s.lastSyncAt(),
                        s.nextSyncAt(), s.lastError(), s.failuresInARow(), at);
            }
            return null;
        });
    }
}
