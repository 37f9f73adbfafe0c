package org.switchboard.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A note left in the data folder when Switchboard closed its database cleanly: the file's size and time, the
 * migrations applied and H2's version (ADR 0026). On the next start, a file that is exactly as it was left, by this
 * build's migrations and H2, needs no read-only look before it is opened (ADR 0004's look cost a second open of the
 * whole file: 300 ms on a million cases). The note is removed before the file is opened for writing, so a crash or
 * any other writer leaves none behind, and a file changed since is looked at as before.
 */
final class CleanClose {
    private static final Logger LOG = LoggerFactory.getLogger(CleanClose.class);

    private CleanClose() {}

    static Path noteOf(Path dataDir) {
        return dataDir.resolve("switchboard.closed");
    }

    /** After the database was closed: notes how it was left. Never fails the close. */
    static void record(Path dataDir, Path file, Set<Integer> migrations) {
        Path note = noteOf(dataDir);
        try {
            Properties p = describe(file, migrations);
            Path tmp = note.resolveSibling(note.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Switchboard closed its database cleanly; removed when it is opened again");
            }
            Files.move(tmp, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("No clean-close note for {}: the next start looks at the file first", file, e);
        }
    }

    /**
     * Removes the note and says whether the file is exactly as a clean close of this build left it. False when
     * there is no note, it does not match, or it cannot be removed.
     */
    static boolean take(Path dataDir, Path file, Set<Integer> migrations) {
        Path note = noteOf(dataDir);
        if (!Files.exists(note)) {
            return false;
        }
        try {
            Properties left = new Properties();
            try (Reader r = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
                left.load(r);
            }
            Files.delete(note);
            return left.equals(describe(file, migrations));
        } catch (IOException | RuntimeException e) {
            LOG.debug("The clean-close note {} is not usable; looking at the file first", note, e);
            try {
                Files.deleteIfExists(note);
            } catch (IOException ignored) {
                // no note can make the next start skip its look: a failed delete only costs that look
            }
            return false;
        }
    }

    private static Properties describe(Path file, Set<Integer> migrations) throws IOException {
        Properties p = new Properties();
        p.setProperty("size", Long.toString(Files.size(file)));
        p.setProperty("modified", Long.toString(Files.getLastModifiedTime(file).toMillis()));
        p.setProperty("migrations", new TreeSet<>(migrations).stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        p.setProperty("h2", org.h2.engine.Constants.FULL_VERSION);
        return p;
    }
}
