package org.switchboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.switchboard.domain.WorkspaceUnavailableException;
import org.switchboard.domain.WorkspaceUnavailableException.Reason;

/** The data folder's layout and the check that it can be written. */
public final class DataFolder {
    private DataFolder() {}

    public static Path logs(Path dataDir) {
        return dataDir.resolve("logs");
    }

    public static Path settings(Path dataDir) {
        return dataDir.resolve("settings.json");
    }

    public static Path databaseBase(Path dataDir) {
        return dataDir.resolve("switchboard");
    }

    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve("switchboard.mv.db");
    }

    public static Path backups(Path dataDir) {
        return dataDir.resolve("backups");
    }

    public static Path searchIndex(Path dataDir) {
        return dataDir.resolve("index");
    }

    /** Creates the folder if needed and proves it can be written (a probe file is made and removed). */
    public static void ensureWritable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw notWritable(dataDir, e);
        }
    }

    static WorkspaceUnavailableException notWritable(Path dataDir, Throwable cause) {
        String why = cause == null || cause.getMessage() == null ? "" : " (" + cause.getClass().getSimpleName()
                + ": " + cause.getMessage() + ")";
        return new WorkspaceUnavailableException(Reason.NOT_WRITABLE, dataDir,
                "The data folder " + dataDir + " cannot be written" + why
                        + ". Give your user write permission on it, free disk space, or choose another folder"
                        + " with --data-dir.", List.of(), cause);
    }
}
