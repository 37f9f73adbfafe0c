package org.switchboard.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The drafts and outbox store contract on a real PostgreSQL server (team mode), a fresh database per test ({@link PostgresTestDatabase}).
 * Runs when {@code SWITCHBOARD_TEST_PG_URL} names a server.
 */
@EnabledIfEnvironmentVariable(named = "SWITCHBOARD_TEST_PG_URL", matches = ".+")
class PostgresOutboxStoreTest extends OutboxStoreContract {
    private final PostgresTestDatabase server = new PostgresTestDatabase();

    @Override
    protected Database openDatabase() {
        return server.open();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
        server.drop();
    }
}
