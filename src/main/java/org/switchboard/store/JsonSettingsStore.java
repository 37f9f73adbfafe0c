package org.switchboard.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Settings;
import org.switchboard.domain.port.SettingsStore;

/**
 * {@code settings.json}, written to a temporary file, forced to disk and moved over the old one, so a
 * crash leaves either the old or the new settings. An unreadable file is kept aside and defaults used.
 */
public final class JsonSettingsStore implements SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsStore.class);

    private final Path file;

    public JsonSettingsStore(Path file) {
        this.file = file;
    }

    @Override
    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            Settings s = Json.MAPPER.readValue(file.toFile(), Settings.class);
            return s == null ? Settings.DEFAULTS : s;
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            LOG.warn("Settings file {} cannot be read ({}); keeping it as {} and using defaults", file,
                    e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not move {} aside: {}", file, moveFailed.getMessage());
            }
            return Settings.DEFAULTS;
        }
    }

    @Override
    public synchronized void save(Settings settings) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
