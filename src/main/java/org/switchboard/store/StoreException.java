package org.switchboard.store;

import java.sql.SQLException;

/** A database operation failed for a reason the caller cannot fix by changing its input. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    static RuntimeException of(SQLException e, String sql) {
        String state = e.getSQLState();
        // 23xxx: integrity constraint violations are input problems, named as such.
        if (state != null && state.startsWith("23")) {
            return new ConstraintViolationException(e.getMessage(), e);
        }
        String first = sql.strip().lines().findFirst().orElse("");
        return new StoreException("database error in '" + first + "': " + e.getMessage(), e);
    }

    /** A unique key or foreign key was violated. */
    public static class ConstraintViolationException extends StoreException {
        public ConstraintViolationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
