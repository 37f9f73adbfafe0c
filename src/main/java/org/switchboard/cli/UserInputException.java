package org.switchboard.cli;

/** The command line was used wrongly in a way picocli cannot see (an unknown account name ...): exit 1. */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
