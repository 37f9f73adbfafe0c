package org.switchboard.domain;

/** Input that breaks a rule of the domain; the message names the field and the rule. */
public class ValidationException extends RuntimeException {
    public ValidationException(String message) {
        super(message);
    }
}
