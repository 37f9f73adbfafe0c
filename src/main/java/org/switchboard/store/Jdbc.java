package org.switchboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.switchboard.domain.port.Transactions;

/**
 * Small JDBC helper shared by the repositories: plain SQL, try-with-resources, UTC times. A
 * connection bound by {@link #inTransaction} is used by every call on the same thread; outside a
 * transaction each call takes its own auto-commit connection.
 */
public final class Jdbc implements Transactions {

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<java.util.List<Runnable>> afterCommit = new ThreadLocal<>();
    /** Whether the transaction bound to this thread is written to the file when it commits. */
    private final ThreadLocal<Boolean> atOnce = new ThreadLocal<>();

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, true);
    }

    @Override
    public <T> T inDeferredWriteTransaction(Supplier<T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(Supplier<T> work, boolean writeAtOnce) {
        if (current.get() != null) {
            if (writeAtOnce) {
                atOnce.set(Boolean.TRUE); // a durable part makes the whole transaction durable
            }
            return work.get();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            atOnce.set(writeAtOnce);
            afterCommit.set(new java.util.ArrayList<>());
            java.util.List<Runnable> hooks;
            try {
                T result = work.get();
                c.commit();
                boolean write = atOnce.get();
                hooks = afterCommit.get();
                current.remove();
                atOnce.remove();
                afterCommit.remove();
                c.setAutoCommit(true);
                if (write) {
                    writeCommitted(c);
                }
                hooks.forEach(Runnable::run);
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                current.remove();
                atOnce.remove();
                afterCommit.remove();
                c.setAutoCommit(true);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        java.util.List<Runnable> hooks = afterCommit.get();
        if (hooks == null) {
            action.run();
        } else {
            hooks.add(action);
        }
    }

    /** Null until asked: whether the database is H2, whose commits reach the OS but are not forced to the disk. */
    private volatile Boolean h2;

    private boolean isH2() {
        Boolean isH2 = h2;
        if (isH2 == null) {
            isH2 = withConnection(c -> c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("h2"), "database product name");
            h2 = isH2;
        }
        return isH2;
    }

    /**
     * Writes what was committed to H2's file (into the operating system's cache) before the commit returns,
     * so a killed process loses nothing. H2 itself writes commits in the background within its write delay
     * (half a second, {@link Database}), which is what lets it also compact its file (ADR 0025); only
     * {@link #inDeferredWriteTransaction} leaves it at that. PostgreSQL writes every commit itself.
     */
    private void writeCommitted(Connection c) throws SQLException {
        if (isH2()) {
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }
        }
    }

    /**
     * Forces what was committed so far onto the disk itself (not only into the operating system's cache, where
     * every commit already is): {@code CHECKPOINT SYNC}, for a power loss. PostgreSQL forces every commit itself.
     */
    @Override
    public void syncToDisk() {
        if (current.get() != null) {
            return; // inside a transaction: the caller syncs after its commit
        }
        if (isH2()) {
            withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
                return null;
            }, "CHECKPOINT SYNC");
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                    return out;
                }
            }
        }, sql);
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        }, sql);
    }

    /** Runs an INSERT and returns the generated {@code id}. */
    public long insert(String sql, Object... params) {
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
                bind(ps, params);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no generated key");
                    }
                    return keys.getLong(1);
                }
            }
        }, sql);
    }

    /** Runs one statement for many parameter rows in JDBC batches. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
                return null;
            }
        }, sql);
    }

    /** Runs one INSERT for many parameter rows in JDBC batches and returns the generated ids in row order. */
    public long[] batchInsert(String sql, List<Object[]> rows) {
        long[] ids = new long[rows.size()];
        if (rows.isEmpty()) {
            return ids;
        }
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
                int i = 0;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next() && i < ids.length) {
                        ids[i++] = keys.getLong(1);
                    }
                }
                if (i != ids.length) {
                    throw new SQLException("expected " + ids.length + " generated keys, got " + i);
                }
                return ids;
            }
        }, sql);
    }

    /** Runs one UPDATE for many parameter rows in JDBC batches and returns the row counts. */
    public int[] batchUpdate(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        }, sql);
    }

    public void execute(String sql) {
        write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
                return null;
            }
        }, sql);
    }

    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** A statement that changes data: outside a transaction its auto-commit is written at once, as every commit is. */
    private <T> T write(ConnectionWork<T> work, String sql) {
        return withConnection(c -> {
            T result = work.run(c);
            if (current.get() == null) {
                writeCommitted(c);
            }
            return result;
        }, sql);
    }

    <T> T withConnection(ConnectionWork<T> work, String sql) {
        Connection bound = current.get();
        try {
            if (bound != null) {
                return work.run(bound);
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, sql);
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            switch (p) {
                case null -> ps.setNull(i + 1, Types.NULL);
                case Instant instant -> ps.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                case Enum<?> e -> ps.setString(i + 1, e.name());
                case Boolean b -> ps.setBoolean(i + 1, b);
                default -> ps.setObject(i + 1, p);
            }
        }
    }

    /** Reads a UTC time column (or null). */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Runs {@code sql} (with one {@code IN (%s)} placeholder) over {@code keys} in chunks of 500, adding the rows. */
    public <K, T> List<T> listIn(String sql, java.util.Collection<K> keys, RowMapper<T> mapper, Object... leading) {
        List<T> out = new ArrayList<>();
        List<K> all = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
        for (int from = 0; from < all.size(); from += 500) {
            List<K> chunk = all.subList(from, Math.min(all.size(), from + 500));
            Object[] params = new Object[leading.length + chunk.size()];
            System.arraycopy(leading, 0, params, 0, leading.length);
            for (int i = 0; i < chunk.size(); i++) {
                params[leading.length + i] = chunk.get(i);
            }
            out.addAll(list(String.format(sql, String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))),
                    mapper, params));
        }
        return out;
    }

    /**
     * Runs one prepared query once per key (the key bound after {@code leading}) and collects the rows: for
     * look-ups over a composite index, which H2 does not use for {@code a = ? AND b IN (...)}.
     */
    public <K, T> List<T> listEach(String sql, java.util.Collection<K> keys, RowMapper<T> mapper, Object... leading) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return withConnection(c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Object[] params = new Object[leading.length + 1];
                System.arraycopy(leading, 0, params, 0, leading.length);
                for (K key : new java.util.LinkedHashSet<>(keys)) {
                    params[leading.length] = key;
                    bind(ps, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(mapper.map(rs));
                        }
                    }
                }
            }
            return out;
        }, sql);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

}
