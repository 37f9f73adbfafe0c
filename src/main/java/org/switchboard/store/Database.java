package org.switchboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.WorkspaceUnavailableException;
import org.switchboard.domain.WorkspaceUnavailableException.Reason;

/**
 * The open database of a workspace: the embedded H2 file in the data folder (default) or a team's
 * PostgreSQL server. Opening is careful: the folder lock is taken first, an existing file is looked at
 * before anything is written to it (a damaged file or one from a newer Switchboard is refused untouched),
 * then the file is backed up before migrations change it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * H2 writes commits from its background thread within half a second, and that thread also compacts the
     * file. Each commit is nevertheless in the file when it returns: {@link Jdbc} writes it ({@code CHECKPOINT})
     * — all but sync pages, which are fetched again when lost (ADR 0025; ADR 0014 measured that the delay alone
     * loses committed work when the process is killed). The delay is named because H2 keeps the setting in the
     * file: workspaces written with {@code WRITE_DELAY=0}, which stops the background thread, get it back.
     * The thread rewrites chunks once the file is less than half full (H2's default, 90 %, kept it rewriting at
     * every start, on the second core while the first page was read and painted).
     */
    static final String DURABLE = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=500;AUTO_COMPACT_FILL_RATE=50";

    private final DataSource dataSource;
    private final Jdbc jdbc;
    private final Runnable onClose;
    private final int schemaVersion;

    /** Whether the file was looked at read-only before it was opened (false: a clean close's note, ADR 0026). */
    private final boolean lookedAtFirst;

    private Database(DataSource dataSource, Runnable onClose, int schemaVersion) {
        this(dataSource, onClose, schemaVersion, false);
    }

    private Database(DataSource dataSource, Runnable onClose, int schemaVersion, boolean lookedAtFirst) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        this.onClose = onClose;
        this.schemaVersion = schemaVersion;
        this.lookedAtFirst = lookedAtFirst;
    }

    /** For tests: whether the file was looked at read-only before it was opened. */
    boolean lookedAtFirst() {
        return lookedAtFirst;
    }

    /** Opens (creating if needed) the embedded database in {@code dataDir}; call from a background thread. */
    public static Database openEmbedded(Path dataDir) {
        DataFolder.ensureWritable(dataDir);
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        try {
            Path file = DataFolder.databaseFile(dataDir);
            String base = "jdbc:h2:file:" + DataFolder.databaseBase(dataDir).toAbsolutePath();
            boolean existed = Files.exists(file);
            java.util.Optional<java.util.Set<Integer>> shipped = SchemaHistory.shippedVersions(
                    Database.class.getClassLoader()).filter(v -> !v.isEmpty());
            OptionalInt upToDate = OptionalInt.empty();
            boolean fromNote = false;
            if (existed) {
                if (!Files.isWritable(file)) {
                    throw DataFolder.notWritable(file, null);
                }
                // a file exactly as this build closed it needs no read-only look first (ADR 0026)
                fromNote = shipped.isPresent() && CleanClose.take(dataDir, file, shipped.get());
                upToDate = fromNote ? OptionalInt.of(java.util.Collections.max(shipped.get()))
                        : inspectReadOnly(base, file);
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(base + DURABLE, "sa", "");
            pool.setMaxConnections(16);
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            } catch (SQLException e) {
                pool.dispose();
                throw openFailure(e, file, existed);
            }
            int version;
            try {
                // Up to date (the common start): Flyway is not even loaded (ADR 0021).
                version = upToDate.isPresent() ? upToDate.getAsInt()
                        : migrate(pool, file, existed ? () -> backup(dataDir, file) : () -> { });
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            return new Database(pool, () -> {
                // the note says what the file's own history lists, read last, not what this build ships
                java.util.Optional<SchemaHistory.Applied> applied = appliedAtClose(pool);
                pool.dispose(); // the last connection closes the database: H2 writes its file for the last time
                if (shipped.isPresent() && applied.isPresent() && applied.get().clean()
                        && applied.get().versions().equals(new java.util.TreeSet<>(shipped.get()))) {
                    CleanClose.record(dataDir, file, shipped.get());
                }
                lock.close();
            }, version, existed && !fromNote);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens a team database on a PostgreSQL server and brings its schema up to date. */
    public static Database openServer(String jdbcUrl, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        ds.setUser(user);
        ds.setPassword(password);
        try (Connection probe = ds.getConnection()) {
            probe.isValid(2);
        } catch (SQLException e) {
            throw new WorkspaceUnavailableException(Reason.UNREACHABLE, null,
                    "The team database " + jdbcUrl + " cannot be reached: " + e.getMessage()
                            + ". Check the server address, user and password.", List.of(), e);
        }
        int version = migrate(ds, null, () -> { });
        return new Database(ds, () -> { }, version);
    }

    /**
     * Looks at an existing file without writing to it: is it readable, and not from a newer Switchboard? Answers
     * the schema version when every shipped migration (and nothing else) is applied, else empty (Flyway decides).
     */
    private static java.util.Optional<SchemaHistory.Applied> appliedAtClose(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection()) {
            return SchemaHistory.applied(c);
        } catch (SQLException | RuntimeException e) {
            return java.util.Optional.empty(); // no note then: the next start looks at the file first
        }
    }

    private static OptionalInt inspectReadOnly(String base, Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(base + ";ACCESS_MODE_DATA=r");
        ds.setUser("sa");
        ds.setPassword("");
        SchemaHistory.Look look;
        try (Connection c = ds.getConnection()) {
            look = SchemaHistory.look(c);
        } catch (SQLException e) {
            throw openFailure(e, file, true);
        }
        if (look.newer()) {
            throw newer(file, String.valueOf(look.newest()), String.valueOf(look.shippedNewest()));
        }
        return look.upToDate() ? OptionalInt.of(look.newest()) : OptionalInt.empty();
    }

    private static int migrate(DataSource ds, Path file, Runnable beforeChange) {
        Flyway flyway = flyway(ds);
        MigrationInfoService info = flyway.info();
        checkNotNewer(info, file);
        if (info.pending().length == 0) {
            return version(info.current()); // the common start: nothing to migrate, no second look
        }
        if (info.current() != null) {
            beforeChange.run();
        }
        flyway.migrate();
        return version(flyway.info().current());
    }

    private static int version(MigrationInfo current) {
        return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
    }

    private static Flyway flyway(DataSource ds) {
        return Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .validateOnMigrate(true)
                // Migrations are written on parallel branches and numbered up front, so a folder may hold a
                // later one (V8) before an earlier one (V7) exists in its build; without this Flyway would skip
                // V7 for good ("ignored") and the code would meet a table without its columns. Our migrations
                // only add, so applying a late one after a higher number is safe (ADR 0003).
                .outOfOrder(true)
                .load();
    }

    private static void checkNotNewer(MigrationInfoService info, Path file) {
        boolean future = Arrays.stream(info.all()).anyMatch(m -> m.getState().name().startsWith("FUTURE"));
        if (!future) {
            return;
        }
        MigrationVersion dbVersion = info.current() == null ? MigrationVersion.EMPTY : info.current().getVersion();
        String known = Arrays.stream(info.all())
                .filter(m -> !m.getState().name().startsWith("FUTURE"))
                .map(m -> m.getVersion().getVersion())
                .reduce((a, b) -> b)
                .orElse("0");
        throw newer(file, dbVersion.getVersion(), known);
    }

    private static WorkspaceUnavailableException newer(Path file, String dbVersion, String known) {
        String where = file == null ? "The database" : "The database " + file;
        return new WorkspaceUnavailableException(Reason.NEWER_SCHEMA, file,
                where + " was written by a newer Switchboard (schema version " + dbVersion
                        + "); this Switchboard knows schema version " + known
                        + ". Install the newer Switchboard to open it. The file was not changed.",
                List.of(dbVersion, known), null);
    }

    private static WorkspaceUnavailableException openFailure(SQLException e, Path file, boolean existed) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceUnavailableException(Reason.IN_USE, file.getParent(),
                    "The database " + file + " is open in another program. Close it and try again.", List.of(), e);
        }
        if (!existed) {
            return DataFolder.notWritable(file.getParent(), e);
        }
        Path backups = DataFolder.backups(file.getParent());
        return new WorkspaceUnavailableException(Reason.DAMAGED, file,
                "The database " + file + " is damaged and cannot be opened (" + firstLine(e.getMessage()) + ")."
                        + " Switchboard did not change it. To restore a backup: close Switchboard, move the damaged"
                        + " file aside, and copy the newest backup from " + backups + " (if there is one) to "
                        + file + ". Or start with another --data-dir.",
                List.of(backups.toString()), e);
    }

    private static String firstLine(String text) {
        return text == null ? "unknown error" : text.lines().findFirst().orElse(text);
    }

    /** Copies the database file aside before migrations change it; the folder lock keeps writers away. */
    private static void backup(Path dataDir, Path file) {
        backup(dataDir, file, dir -> Files.getFileStore(dir).getUsableSpace());
    }

    /** Free bytes where a backup would go. */
    @FunctionalInterface
    interface FreeSpace {
        long of(Path dir) throws IOException;
    }

    /**
     * Copies the database file into the backups folder before a migration changes it. A copy that does not fit is
     * not begun (a half-written backup would only fill the disk further), and one that fails midway is removed; either
     * way the workspace is left as it was and the message names the sizes and the fix.
     */
    static void backup(Path dataDir, Path file, FreeSpace free) {
        Path dir = DataFolder.backups(dataDir);
        String stamp = Instant.now().toString().replace(':', '-');
        Path target = dir.resolve("switchboard-before-upgrade-" + stamp + ".mv.db");
        try {
            Files.createDirectories(dir);
            long size = Files.size(file);
            long available = free.of(dir);
            if (available < size + SPACE_TO_SPARE) {
                throw new WorkspaceUnavailableException(Reason.NOT_WRITABLE, dataDir, "Before upgrading its "
                        + "database, Switchboard backs it up (" + megabytes(size) + ") to " + dir + ", but only "
                        + megabytes(available) + " are free there. Free disk space (or move older backups out of "
                        + dir + ") and start Switchboard again; nothing was changed.", List.of(), null);
            }
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            LOG.info("Backed up {} to {} before upgrading its schema", file, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw DataFolder.notWritable(dir, e);
        }
    }

    /** Room left over after a backup, for the migration itself and the database's growth. */
    private static final long SPACE_TO_SPARE = 64L << 20;

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,d MB", Math.max(1, bytes >> 20));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
