package org.switchboard.connect.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.port.SecretStore;

/**
 * An encrypted vault file for machines without a keychain (headless Linux). AES-256-GCM with a key
 * derived from a passphrase (PBKDF2-HMAC-SHA256, random salt); the passphrase comes from the
 * environment or the window and is never stored beside the file. Written atomically.
 */
public final class VaultSecretStore implements SecretStore {
    static final String FILE_NAME = "secrets.vault";
    private static final int ITERATIONS = 210_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final char[] passphrase;

    public VaultSecretStore(Path file, char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new SecretsUnavailableException("the vault passphrase is empty");
        }
        this.file = file;
        this.passphrase = passphrase.clone();
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(read().get(key));
    }

    @Override
    public synchronized void put(String key, String secret) {
        TreeMap<String, String> all = read();
        all.put(key, secret);
        write(all);
    }

    @Override
    public synchronized void delete(String key) {
        TreeMap<String, String> all = read();
        if (all.remove(key) != null) {
            write(all);
        }
    }

    @Override
    public String describe() {
        return "the encrypted vault file " + file + " (no keychain on this machine)";
    }

    private TreeMap<String, String> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(file.toFile());
            byte[] salt = Base64.getDecoder().decode(node.path("salt").asText());
            byte[] iv = Base64.getDecoder().decode(node.path("iv").asText());
            byte[] data = Base64.getDecoder().decode(node.path("data").asText());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(salt), new GCMParameterSpec(128, iv));
            byte[] plain = cipher.doFinal(data);
            return JSON.readValue(plain, new TypeReference<TreeMap<String, String>>() { });
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretsUnavailableException("The vault " + file + " cannot be opened with this passphrase. "
                    + "Set SWITCHBOARD_VAULT_PASSPHRASE to the passphrase it was created with.");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new SecretsUnavailableException("The vault " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + "). Restore it from a backup or remove it and add the accounts' secrets again.");
        }
    }

    private void write(TreeMap<String, String> all) {
        try {
            SecureRandom random = new SecureRandom();
            byte[] salt = new byte[16];
            byte[] iv = new byte[12];
            random.nextBytes(salt);
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(salt), new GCMParameterSpec(128, iv));
            byte[] data = cipher.doFinal(JSON.writeValueAsBytes(all));
            ObjectNode node = JSON.createObjectNode();
            node.put("format", "switchboard-vault-1");
            node.put("kdf", "PBKDF2WithHmacSHA256/" + ITERATIONS);
            node.put("salt", Base64.getEncoder().encodeToString(salt));
            node.put("iv", Base64.getEncoder().encodeToString(iv));
            node.put("data", Base64.getEncoder().encodeToString(data));
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(node), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new SecretsUnavailableException("The vault " + file + " cannot be written: " + e.getMessage());
        }
    }

    private SecretKey key(byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, 256);
        try {
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(raw, "AES");
        } finally {
            spec.clearPassword();
        }
    }
}
