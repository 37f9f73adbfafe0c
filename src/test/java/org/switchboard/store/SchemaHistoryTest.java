package org.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up's quick look at the schema history, which lets an up-to-date workspace open without Flyway. */
class SchemaHistoryTest {
    @TempDir
    Path dir;

    @Test
    void aFullyMigratedWorkspaceIsUpToDateAtItsSchemaVersion() throws Exception {
        try (Database db = Database.openEmbedded(dir); Connection c = db.dataSource().getConnection()) {
            SchemaHistory.Look look = SchemaHistory.look(c);
            assertThat(look.upToDate()).isTrue();
            assertThat(look.newer()).isFalse();
            assertThat(look.newest()).isEqualTo(db.schemaVersion()).isEqualTo(look.shippedNewest());
        }
    }

    @Test
    void aFailedMigrationIsLeftToFlyway() throws Exception {
        try (Database db = Database.openEmbedded(dir)) {
            db.jdbc().update("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
            try (Connection c = db.dataSource().getConnection()) {
                SchemaHistory.Look look = SchemaHistory.look(c);
                assertThat(look.upToDate()).isFalse();
                assertThat(look.newer()).isFalse();
            }
        }
    }

    @Test
    void aMissingMigrationIsLeftToFlywayAndANewerOneIsNamed() throws Exception {
        try (Database db = Database.openEmbedded(dir)) {
            db.jdbc().update("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '3'");
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(SchemaHistory.look(c).upToDate()).isFalse();
            }
            db.jdbc().update("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                    + "(77, '77', 'later', 'SQL', 'V77__later.sql', 0, 'test', 1, TRUE)");
            try (Connection c = db.dataSource().getConnection()) {
                SchemaHistory.Look look = SchemaHistory.look(c);
                assertThat(look.newer()).isTrue();
                assertThat(look.newest()).isEqualTo(77);
                assertThat(look.shippedNewest()).isEqualTo(db.schemaVersion());
            }
        }
    }

    @Test
    void theShippedMigrationsAreListedFromAJarAsFromAFolder() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"db/", "db/migration/", "db/migration/V1__cases.sql",
                    "db/migration/V10__later_indexes.sql", "db/migration/README.txt", "db/migration/R__view.sql",
                    "db/other/V99__elsewhere.sql"}) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SchemaHistory.shippedVersions(loader)).hasValueSatisfying(v -> assertThat(v).containsExactly(1, 10));
        }
        Path folder = dir.resolve("classes/db/migration");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("V2__notes.sql"), "SELECT 1;");
        Files.writeString(folder.resolve("V9__more.sql"), "SELECT 1;");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
            assertThat(SchemaHistory.shippedVersions(loader)).hasValueSatisfying(v -> assertThat(v).containsExactly(2, 9));
        }
    }
}
