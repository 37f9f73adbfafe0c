package org.switchboard.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh database on the PostgreSQL test server for one test: {@code SWITCHBOARD_TEST_PG_URL} names the server,
 * e.g. {@code jdbc:postgresql://127.0.0.1:55432/postgres} (user {@code SWITCHBOARD_TEST_PG_USER}, default postgres;
 * password {@code SWITCHBOARD_TEST_PG_PASSWORD}); {@code .ci/with-postgres} starts a throw-away one.
 */
final class PostgresTestDatabase {
    private final String adminUrl = System.getenv("SWITCHBOARD_TEST_PG_URL");
    private final String user = System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_USER", "postgres");
    private final String password = System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_PASSWORD", "");
    private String database;

    /** Creates a new, empty database and opens it as Switchboard does in team mode. */
    Database open() {
        database = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        return Database.openServer(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database, user, password);
    }

    /** Drops the database made by {@link #open()} (close it first). */
    void drop() {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password)) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server: " + e.getMessage(), e);
        }
    }
}
