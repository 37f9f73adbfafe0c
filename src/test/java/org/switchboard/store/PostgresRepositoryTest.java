package org.switchboard.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same repository contract on a real PostgreSQL server (team mode), a fresh database per test ({@link PostgresTestDatabase}).
 * Runs when {@code SWITCHBOARD_TEST_PG_URL} names a server; {@code .ci/run} starts a throw-away one.
 */
@EnabledIfEnvironmentVariable(named = "SWITCHBOARD_TEST_PG_URL", matches = ".+")
class PostgresRepositoryTest extends RepositoryContract {
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
