package org.switchboard.domain;

import java.nio.file.Path;
import java.util.List;

/**
 * The data folder cannot be opened. Each reason says what is wrong and how to fix it; nothing in
 * the folder has been changed when this is thrown.
 */
public class WorkspaceUnavailableException extends RuntimeException {

    public enum Reason {
        /** Another running Switchboard owns the folder. */
        IN_USE,
        /** The database was written by a newer Switchboard. */
        NEWER_SCHEMA,
        /** The database file cannot be read as a database. */
        DAMAGED,
        /** The folder (or a file in it) cannot be written. */
        NOT_WRITABLE,
        /** The database server (team mode) cannot be reached. */
        UNREACHABLE
    }

    private final Reason reason;
    private final Path path;
    private final List<String> details;

    public WorkspaceUnavailableException(Reason reason, Path path, String message, List<String> details,
                                         Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.path = path;
        this.details = List.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    public Path path() {
        return path;
    }

    /** Values for the message template: e.g. the two schema versions. */
    public List<String> details() {
        return details;
    }
}
