package org.switchboard.testing;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.port.SecretStore;

/**
 * The secret-store port faked in memory, shared by every test. Optionally behaves like the vault on a computer without a keychain:
 * locked until {@link #unlock} gets the right passphrase.
 */
public final class MemorySecretStore implements SecretStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final char[] passphrase;
    private volatile boolean locked;

    private MemorySecretStore(char[] passphrase) {
        this.passphrase = passphrase;
        this.locked = passphrase != null;
    }

    /** A store that is always open, like a keychain. */
    public static MemorySecretStore open() {
        return new MemorySecretStore(null);
    }

    /** A store locked until {@code passphrase} is given, like the vault without SWITCHBOARD_VAULT_PASSPHRASE. */
    public static MemorySecretStore lockedWith(String passphrase) {
        return new MemorySecretStore(passphrase.toCharArray());
    }

    /** What is stored, for the assertions. */
    public Map<String, String> all() {
        return Map.copyOf(secrets);
    }

    @Override
    public Optional<String> get(String key) {
        checkOpen();
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void put(String key, String secret) {
        checkOpen();
        secrets.put(key, secret);
    }

    @Override
    public void delete(String key) {
        checkOpen();
        secrets.remove(key);
    }

    @Override
    public String describe() {
        checkOpen();
        return "the test's memory";
    }

    @Override
    public boolean needsPassphrase() {
        return locked;
    }

    @Override
    public void unlock(char[] given) {
        if (!Arrays.equals(given, passphrase)) {
            throw new SecretsUnavailableException("The vault cannot be opened with this passphrase.");
        }
        locked = false;
    }

    private void checkOpen() {
        if (locked) {
            throw new SecretsUnavailableException("This machine has no keychain; the vault is locked.");
        }
    }
}
