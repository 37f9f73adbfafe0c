package org.switchboard.connect.secrets;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.port.SecretStore;

/**
 * Chooses where secrets live: the OS keychain when there is one, else the encrypted vault file in the
 * data folder with the passphrase from {@code SWITCHBOARD_VAULT_PASSPHRASE}. Without either, every use
 * fails with a message naming the variable. {@code SWITCHBOARD_SECRET_STORE=vault} forces the vault.
 */
public final class SecretStores {
    public static final String PASSPHRASE_VARIABLE = "SWITCHBOARD_VAULT_PASSPHRASE";
    public static final String STORE_VARIABLE = "SWITCHBOARD_SECRET_STORE";
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);

    private SecretStores() {}

    /** The store for {@code dataDir}; the keychain is probed lazily on first use. */
    public static SecretStore forDataDir(Path dataDir, Map<String, String> env) {
        return new Lazy(dataDir, env);
    }

    static SecretStore choose(Path dataDir, Map<String, String> env) {
        return choose(dataDir, env, null);
    }

    static SecretStore choose(Path dataDir, Map<String, String> env, char[] givenPassphrase) {
        boolean forceVault = "vault".equalsIgnoreCase(env.get(STORE_VARIABLE));
        if (!forceVault) {
            try {
                SecretStore keyring = KeyringSecretStore.open(dataDir.toAbsolutePath().toString());
                LOG.info("Secrets are kept in the operating system's keychain");
                return keyring;
            } catch (Exception | LinkageError e) {
                LOG.info("No keychain available ({}); using the vault file if a passphrase is set",
                        e.getClass().getSimpleName());
            }
        }
        String passphrase = givenPassphrase != null ? new String(givenPassphrase) : env.get(PASSPHRASE_VARIABLE);
        if (passphrase == null || passphrase.isEmpty()) {
            throw new SecretsUnavailableException("This machine has no keychain for tokens and passwords. Set the "
                    + "environment variable " + PASSPHRASE_VARIABLE + " to a passphrase: Switchboard then keeps them in "
                    + "an encrypted vault file in the data folder (the passphrase is never stored).");
        }
        LOG.info("Secrets are kept in the encrypted vault file");
        return new VaultSecretStore(dataDir.resolve(VaultSecretStore.FILE_NAME), passphrase.toCharArray());
    }

    /** Decides on first use, so commands that need no secret never touch a keychain. */
    private static final class Lazy implements SecretStore {
        private final Path dataDir;
        private final Map<String, String> env;
        private SecretStore chosen;
        private char[] passphrase;

        Lazy(Path dataDir, Map<String, String> env) {
            this.dataDir = dataDir;
            this.env = env;
        }

        private synchronized SecretStore store() {
            if (chosen == null) {
                chosen = choose(dataDir, env, passphrase);
            }
            return chosen;
        }

        @Override
        public synchronized boolean needsPassphrase() {
            if (chosen != null) {
                return false;
            }
            try {
                store();
                return false;
            } catch (SecretsUnavailableException e) {
                return true;
            }
        }

        @Override
        public synchronized void unlock(char[] given) {
            passphrase = given.clone();
            chosen = null;
            try {
                store().get("switchboard/vault-check"); // an existing vault must open with this passphrase
            } catch (SecretsUnavailableException e) {
                passphrase = null;
                chosen = null;
                throw e;
            }
        }

        @Override
        public Optional<String> get(String key) {
            return store().get(key);
        }

        @Override
        public void put(String key, String secret) {
            store().put(key, secret);
        }

        @Override
        public void delete(String key) {
            store().delete(key);
        }

        @Override
        public String describe() {
            return store().describe();
        }
    }
}
