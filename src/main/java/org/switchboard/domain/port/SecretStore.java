package org.switchboard.domain.port;

import java.util.Optional;

/**
 * Where tokens and passwords live: the operating system's keychain, or an encrypted vault file when
 * there is none. Never the database, the settings file or a log. Background threads only (a keychain
 * may ask the user).
 */
public interface SecretStore {
    Optional<String> get(String key);

    void put(String key, String secret);

    void delete(String key);

    /** In words, which store is in use ("macOS Keychain", "encrypted vault file …"). */
    String describe();

    /** True when secrets can only be reached after {@link #unlock} (no keychain, no passphrase given). */
    default boolean needsPassphrase() {
        return false;
    }

    /** Gives the vault passphrase the window asked for. */
    default void unlock(char[] passphrase) {
    }
}
