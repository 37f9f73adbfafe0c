package org.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.WorkspaceUnavailableException;
import org.switchboard.domain.WorkspaceUnavailableException.Reason;

/** Opening a data folder never damages what is there: in use, newer, damaged and read-only folders. */
class OpenSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedAsInUse() {
        try (Database first = Database.openEmbedded(dir)) {
            assertThatThrownBy(() -> Database.openEmbedded(dir))
                    .isInstanceOfSatisfying(WorkspaceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE))
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("in use by another running Switchboard");
            assertThat(first.jdbc().count("SELECT COUNT(*) FROM cases")).isZero();
        }
        // released on close: the folder opens again
        try (Database again = Database.openEmbedded(dir)) {
            assertThat(again.schemaVersion()).isPositive();
        }
    }

    @Test
    void aDatabaseFromANewerSwitchboardIsRefusedUntouchedWithBothVersions() throws Exception {
        int ours;
        try (Database db = Database.openEmbedded(dir)) {
            ours = db.schemaVersion();
            db.jdbc().update("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, "
                    + "'test', 1, TRUE)");
        }
        Path file = DataFolder.databaseFile(dir);
        String before = sha256(file);

        assertThatThrownBy(() -> Database.openEmbedded(dir))
                .isInstanceOfSatisfying(WorkspaceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
                    assertThat(e.details()).containsExactly("999", String.valueOf(ours));
                })
                .hasMessageContaining("schema version 999")
                .hasMessageContaining("knows schema version " + ours)
                .hasMessageContaining("newer Switchboard");
        assertThat(sha256(file)).as("the file was not changed").isEqualTo(before);
        assertThat(DataFolder.backups(dir)).doesNotExist();
    }

    @Test
    void aMigrationNumberedBelowTheFoldersNewestIsStillApplied() {
        // A folder migrated by a build that had V8 but not yet V6 (migrations come from parallel branches):
        // here V6 is taken back out of a fully migrated folder.
        try (Database db = Database.openEmbedded(dir)) {
            db.jdbc().update("DROP TABLE templates");
            db.jdbc().update("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'");
        }
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(db.jdbc().count("SELECT COUNT(*) FROM templates")).isZero();
            assertThat(db.jdbc().count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '6' "
                    + "AND \"success\" = TRUE")).isEqualTo(1);
        }
    }

    @Test
    void aDamagedDatabaseIsReportedWithItsPathAndNeverOverwritten() throws Exception {
        Files.createDirectories(dir);
        Path file = DataFolder.databaseFile(dir);
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.openEmbedded(dir))
                .isInstanceOfSatisfying(WorkspaceUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("backup")
                .hasMessageContaining("did not change it");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        // and the lock was released: once the file is moved aside the folder opens
        Files.move(file, dir.resolve("damaged.mv.db"));
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(db.schemaVersion()).isPositive();
        }
    }

    @Test
    void aTruncatedDatabaseIsReportedAsDamaged() throws Exception {
        try (Database db = Database.openEmbedded(dir)) {
            db.jdbc().update("INSERT INTO contacts (name, created_at) VALUES ('x', CURRENT_TIMESTAMP)");
        }
        Path file = DataFolder.databaseFile(dir);
        byte[] all = Files.readAllBytes(file);
        byte[] cut = java.util.Arrays.copyOf(all, 100);
        Files.write(file, cut);
        assertThatThrownBy(() -> Database.openEmbedded(dir))
                .isInstanceOfSatisfying(WorkspaceUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
        assertThat(Files.readAllBytes(file)).isEqualTo(cut);
    }

    @Test
    void aWorkspaceWrittenWithoutH2sBackgroundWriterGetsItBack() throws Exception {
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(writeDelay(db)).isEqualTo("500");
        }
        // as an earlier Switchboard left it: H2 keeps WRITE_DELAY in the file, and 0 stops its background writer
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + DataFolder.databaseBase(dir).toAbsolutePath() + ";WRITE_DELAY=0", "sa", "")) {
            c.createStatement().execute("SET WRITE_DELAY 0");
        }
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(writeDelay(db)).isEqualTo("500");
            assertThat(db.jdbc().one("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = "
                    + "'AUTO_COMPACT_FILL_RATE'", rs -> rs.getString(1))).contains("50");
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .anyMatch(n -> n.startsWith("MVStore background writer"));
        }
    }

    private static String writeDelay(Database db) {
        return db.jdbc().one("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
                rs -> rs.getString(1)).orElseThrow();
    }

    @Test
    void anUpgradeWhoseBackupWouldNotFitIsRefusedBeforeCopyingAndSaysHowMuchIsNeeded() throws Exception {
        Path file = DataFolder.databaseFile(dir);
        Files.createDirectories(file.getParent());
        byte[] data = new byte[3 << 20];
        new Random(7).nextBytes(data);
        Files.write(file, data);

        assertThatThrownBy(() -> Database.backup(dir, file, d -> 1L << 20))
                .isInstanceOfSatisfying(WorkspaceUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_WRITABLE);
                    assertThat(e.getMessage()).contains("3 MB", "1 MB", "are free", "Free disk space",
                            "nothing was changed");
                });
        Path backups = DataFolder.backups(dir);
        try (var left = Files.list(backups)) {
            assertThat(left).as("no half-written backup").isEmpty();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(data);

        Database.backup(dir, file, d -> Long.MAX_VALUE);
        try (var made = Files.list(backups)) {
            assertThat(made.toList()).singleElement().satisfies(b -> assertThat(Files.readAllBytes(b)).isEqualTo(data));
        }
    }

    @Test
    void aFileAsThisBuildClosedItIsOpenedWithoutALookAndAnythingElseIsLookedAtFirst() throws Exception {
        Path file = DataFolder.databaseFile(dir);
        Path note = CleanClose.noteOf(dir);
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(db.lookedAtFirst()).as("a new file").isFalse();
        }
        assertThat(note).as("closed cleanly").exists();
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(db.lookedAtFirst()).as("exactly as this build closed it").isFalse();
            assertThat(note).as("removed before writing: a crash leaves none").doesNotExist();
        }

        // changed since (another program, a copy from elsewhere): its time is not the one noted
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() - 60_000));
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(db.lookedAtFirst()).isTrue();
        }
        // no note: the last run crashed
        Files.delete(note);
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(db.lookedAtFirst()).isTrue();
        }
        // a note from a build with other migrations
        Files.writeString(note, Files.readString(note).replace("migrations=", "migrations=999,"));
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(db.lookedAtFirst()).isTrue();
        }
        try (Database db = Database.openEmbedded(dir)) {
            assertThat(db.lookedAtFirst()).as("and after that clean close, none again").isFalse();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() throws IOException {
        Path readOnly = dir.resolve("read-only");
        Files.createDirectories(readOnly);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path target = readOnly;
        if (Files.isWritable(readOnly)) {
            // Running as root ignores permissions; a folder inside a file cannot be created by anyone.
            Path file = dir.resolve("plain-file");
            Files.writeString(file, "not a folder");
            target = file.resolve("data");
        }
        Path expected = target;
        assertThatThrownBy(() -> Database.openEmbedded(expected))
                .isInstanceOfSatisfying(WorkspaceUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_WRITABLE))
                .hasMessageContaining(expected.toString())
                .hasMessageContaining("cannot be written")
                .hasMessageContaining("--data-dir");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
