package org.switchboard.connect.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.switchboard.domain.port.SecretStore;

/** The operating system's keychain (macOS Keychain, Windows Credential Manager, Secret Service). */
public final class KeyringSecretStore implements SecretStore {
    static final String SERVICE = "Switchboard";

    private final Keyring keyring;
    private final String scope;

    private KeyringSecretStore(Keyring keyring, String scope) {
        this.keyring = keyring;
        this.scope = scope;
    }

    /**
     * Opens the keychain; entries are scoped by {@code scope} (the data folder) so two workspaces never
     * share tokens.
     *
     * @throws BackendNotSupportedException when the OS offers no keychain (headless Linux)
     */
    static KeyringSecretStore open(String scope) throws BackendNotSupportedException {
        return new KeyringSecretStore(Keyring.create(), scope);
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, entry(key)));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, String secret) {
        try {
            keyring.setPassword(SERVICE, entry(key), secret);
        } catch (PasswordAccessException e) {
            throw new IllegalStateException("The keychain refused to store the secret for " + key + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            keyring.deletePassword(SERVICE, entry(key));
        } catch (PasswordAccessException e) {
            // nothing stored: nothing to delete
        }
    }

    @Override
    public String describe() {
        return "the operating system's keychain";
    }

    private String entry(String key) {
        return scope + "|" + key;
    }
}
