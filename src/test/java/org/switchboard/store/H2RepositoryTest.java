package org.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The repositories on the embedded H2 file in a data folder (the default). */
class H2RepositoryTest extends RepositoryContract {
    @Override
    protected Database openDatabase() {
        return Database.openEmbedded(dir);
    }

    @Test
    void theDatabaseIsAFileInTheDataFolder() {
        assertThat(DataFolder.databaseFile(dir)).exists();
    }
}
