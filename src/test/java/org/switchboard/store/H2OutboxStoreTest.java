package org.switchboard.store;

/** The drafts and outbox store on the embedded H2 file. */
class H2OutboxStoreTest extends OutboxStoreContract {
    @Override
    protected Database openDatabase() {
        return Database.openEmbedded(dir);
    }
}
