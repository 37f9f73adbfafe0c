package org.switchboard.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Settings;
import org.switchboard.domain.port.SettingsStore;

/**
 * {@code settings.json}, written to a temporary file, forced to disk and moved over the old one, so a
 * crash leaves either the old or the new settings. An unreadable file is kept aside and defaults used.
 * One broken saved view (edited by hand, or from a newer version) is skipped on its own: it must not
 * cost the agent the language, theme and other views.
 */
public final class JsonSettingsStore implements SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsStore.class);
    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

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
            JsonNode tree = READER.readTree(Files.readAllBytes(file));
            if (tree == null || !tree.isObject()) {
                throw new IOException("not a JSON object");
            }
            List<Settings.CustomView> views = views(((ObjectNode) tree).remove("views"));
            Settings s = READER.forType(Settings.class).readValue(tree);
            return (s == null ? Settings.DEFAULTS : s).withViews(views);
        } catch (IOException | RuntimeException e) {
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

    private static List<Settings.CustomView> views(JsonNode node) {
        List<Settings.CustomView> views = new ArrayList<>();
        if (node instanceof ArrayNode array) {
            for (JsonNode v : array) {
                try {
                    views.add(READER.forType(Settings.CustomView.class).readValue(v));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("A saved view in the settings cannot be read and is left out: {}", e.getMessage());
                }
                if (views.size() == Settings.MAX_VIEWS) {
                    break;
                }
            }
        }
        return views;
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
