package org.switchboard.domain;

/**
 * Someone else changed a record since it was read: the optimistic-locking check
 * ({@code version}) failed. The caller reloads and lets the person decide.
 */
public class StaleWriteException extends RuntimeException {
    private final String what;
    private final Object id;

    public StaleWriteException(String what, Object id, long expectedVersion) {
        super(what + " " + id + " was changed by someone else (expected version " + expectedVersion
                + "); reload it and apply the change again");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
