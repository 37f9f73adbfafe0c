package org.switchboard.domain;

/** A thing asked for by id or key does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
