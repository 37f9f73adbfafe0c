package org.switchboard.domain;

/** No place to keep a secret: no keychain on this machine and no vault passphrase given. */
public class SecretsUnavailableException extends RuntimeException {
    public SecretsUnavailableException(String message) {
        super(message);
    }
}
