package org.switchboard.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quick look at start-up, on the read-only inspection's connection: does Flyway's schema history hold,
 * successfully applied, exactly the migrations this build ships? Then the database is up to date and Flyway
 * need not be loaded at all (ADR 0021). Is an applied migration newer than any shipped one? Then the file is
 * refused untouched (ADR 0004). Anything else — a pending, failed, repeatable or baseline row, no history
 * table, migrations that cannot be listed — is left to Flyway, which decides as before.
 */
final class SchemaHistory {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaHistory.class);
    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]*\\.sql");

    private SchemaHistory() {}

    /**
     * What the history says: the newest applied version, the newest shipped one, whether exactly the shipped
     * migrations are applied (all successfully), and whether an applied one is newer than anything shipped.
     */
    record Look(int newest, int shippedNewest, boolean upToDate, boolean newer) {
        static final Look UNKNOWN = new Look(0, 0, false, false);
    }

    /**
     * Reads the history on {@code c} (read-only is enough). A history it cannot read or does not understand is
     * {@link Look#UNKNOWN}; an unreadable database file throws. Background thread.
     */
    static Look look(Connection c) throws SQLException {
        c.isValid(1); // a damaged file fails here, before any question about its history
        Optional<Set<Integer>> shippedSet = shippedVersions(SchemaHistory.class.getClassLoader());
        if (shippedSet.isEmpty() || shippedSet.get().isEmpty()) {
            return Look.UNKNOWN;
        }
        TreeSet<Integer> shipped = new TreeSet<>(shippedSet.get());
        Optional<Applied> applied = applied(c);
        if (applied.isEmpty()) {
            return Look.UNKNOWN; // no history table (a file without a schema yet): Flyway decides
        }
        TreeSet<Integer> versions = applied.get().versions();
        int newest = versions.isEmpty() ? 0 : versions.last();
        return new Look(newest, shipped.last(), applied.get().clean() && versions.equals(shipped),
                newest > shipped.last());
    }

    /** The numbered migrations a history lists, and whether it lists only those and all succeeded. */
    record Applied(TreeSet<Integer> versions, boolean clean) {}

    /** Reads the history's numbered migrations; empty when there is no history table. */
    static Optional<Applied> applied(Connection c) {
        TreeSet<Integer> applied = new TreeSet<>();
        boolean clean = true;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\", \"type\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null && "TABLE".equals(rs.getString(3))) {
                    continue; // Flyway's note that it created the history table itself
                }
                if (version == null || !version.matches("\\d{1,9}")) {
                    clean = false; // a repeatable or baseline row, a dotted version: Flyway's business
                    continue;
                }
                applied.add(Integer.parseInt(version));
                clean &= rs.getBoolean(2);
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        return Optional.of(new Applied(applied, clean));
    }

    /** The versions of the migration scripts on the class path (jar or folder); empty when they cannot be listed. */
    static Optional<Set<Integer>> shippedVersions(ClassLoader loader) {
        URL url = loader.getResource(LOCATION);
        if (url == null) {
            return Optional.empty();
        }
        try {
            Set<Integer> versions = new TreeSet<>();
            switch (url.getProtocol()) {
                case "jar" -> {
                    URLConnection conn = url.openConnection();
                    conn.setUseCaches(false); // our own JarFile, closed below; the class loader's stays open
                    try (JarFile jar = ((JarURLConnection) conn).getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(LOCATION + "/")) {
                                add(versions, name.substring(LOCATION.length() + 1));
                            }
                        }
                    }
                }
                case "file" -> {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.forEach(f -> add(versions, f.getFileName().toString()));
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
            return Optional.of(versions);
        } catch (IOException | URISyntaxException | ClassCastException e) {
            LOG.debug("Cannot list the migrations at {}; Flyway will look", url, e);
            return Optional.empty();
        }
    }

    private static void add(Set<Integer> versions, String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) {
            versions.add(Integer.parseInt(m.group(1)));
        }
    }
}
