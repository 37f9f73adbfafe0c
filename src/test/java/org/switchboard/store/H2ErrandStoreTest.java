package org.switchboard.store;

/** The errand store on the embedded H2 file. */
class H2ErrandStoreTest extends ErrandStoreContract {
    @Override
    protected Database openDatabase() {
        return Database.openEmbedded(dir);
    }
}
