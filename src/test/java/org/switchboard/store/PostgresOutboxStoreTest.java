package org.switchboard.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The drafts and outbox store contract on a real PostgreSQL server (team mode), set up like PostgresRepositoryTest. Runs when
 * {@code SWITCHBOARD_TEST_PG_URL} names a server, e.g. {@code jdbc:postgresql://127.0.0.1:55432/postgres}
 * (user {@code SWITCHBOARD_TEST_PG_USER}, default postgres); {@code .ci/run} starts a throw-away one.
 * Each test gets a fresh database.
 */
@EnabledIfEnvironmentVariable(named = "SWITCHBOARD_TEST_PG_URL", matches = ".+")
class PostgresOutboxStoreTest extends OutboxStoreContract {
    private String adminUrl;
    private String user;
    private String database;

    @Override
    protected Database openDatabase() {
        adminUrl = System.getenv("SWITCHBOARD_TEST_PG_URL");
        user = System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_USER", "postgres");
        database = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        return Database.openServer(url, user, System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_PASSWORD", ""));
    }

    @AfterEach
    void dropDatabase() {
        db.close();
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user,
                System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_PASSWORD", ""))) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server: " + e.getMessage(), e);
        }
    }
}
