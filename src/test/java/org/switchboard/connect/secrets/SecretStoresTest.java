package org.switchboard.connect.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.port.SecretStore;

/** Secrets go to the keychain or an encrypted vault, never in plain text. */
class SecretStoresTest {
    private static final String TOKEN = "tok_7f3c9a1e5b2d4f6081726354";

    @TempDir
    Path dir;

    @Test
    void theVaultKeepsSecretsEncryptedAndReadsThemBack() throws Exception {
        SecretStore vault = SecretStores.forDataDir(dir, Map.of(SecretStores.STORE_VARIABLE, "vault",
                SecretStores.PASSPHRASE_VARIABLE, "correct horse battery staple"));
        vault.put("account/mastodon/City", TOKEN);
        vault.put("account/bluesky/Sky", "app-pass-xyz");
        assertThat(vault.get("account/mastodon/City")).contains(TOKEN);
        assertThat(vault.describe()).contains("encrypted vault file");

        String file = Files.readString(dir.resolve(VaultSecretStore.FILE_NAME));
        assertThat(file).doesNotContain(TOKEN).doesNotContain("app-pass-xyz").doesNotContain("account/");

        SecretStore reopened = new VaultSecretStore(dir.resolve(VaultSecretStore.FILE_NAME),
                "correct horse battery staple".toCharArray());
        assertThat(reopened.get("account/bluesky/Sky")).contains("app-pass-xyz");
        reopened.delete("account/bluesky/Sky");
        assertThat(vault.get("account/bluesky/Sky")).isEmpty();
        assertThat(dir.resolve(VaultSecretStore.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void aWrongPassphraseIsToldInWords() {
        new VaultSecretStore(dir.resolve(VaultSecretStore.FILE_NAME), "right".toCharArray()).put("k", TOKEN);
        SecretStore wrong = new VaultSecretStore(dir.resolve(VaultSecretStore.FILE_NAME), "wrong".toCharArray());
        assertThatThrownBy(() -> wrong.get("k")).isInstanceOf(SecretsUnavailableException.class)
                .hasMessageContaining("passphrase").hasMessageNotContaining(TOKEN);
    }

    @Test
    void withoutKeychainOrPassphraseTheVariableIsNamed() {
        SecretStore none = SecretStores.forDataDir(dir, Map.of(SecretStores.STORE_VARIABLE, "vault"));
        assertThatThrownBy(() -> none.put("k", TOKEN)).isInstanceOf(SecretsUnavailableException.class)
                .hasMessageContaining("SWITCHBOARD_VAULT_PASSPHRASE");
        assertThat(dir.resolve(VaultSecretStore.FILE_NAME)).doesNotExist();
    }
}
