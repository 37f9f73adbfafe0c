package org.switchboard.connect.bluesky;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.domain.port.SecretStore;

/** A keychain in memory, for tests. */
final class MemorySecrets implements SecretStore {
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, String secret) {
        entries.put(key, secret);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public String describe() {
        return "in-memory test keychain";
    }
}
