package org.switchboard.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.switchboard.domain.WorkspaceUnavailableException;
import org.switchboard.domain.WorkspaceUnavailableException.Reason;

/**
 * One process owns a data folder: an operating-system lock on {@code switchboard.lock}, held until
 * {@link #close()}. The OS drops it when the process dies, so a crash never leaves a stale lock.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE_NAME = "switchboard.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder or throws {@link WorkspaceUnavailableException} (IN_USE or NOT_WRITABLE). */
    public static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (IOException | SecurityException e) {
            throw DataFolder.notWritable(dataDir, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw inUse(dataDir, null);
            }
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + "\n"));
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dataDir, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw DataFolder.notWritable(dataDir, e);
        }
    }

    private static WorkspaceUnavailableException inUse(Path dataDir, Throwable cause) {
        String owner = readOwner(dataDir.resolve(FILE_NAME));
        return new WorkspaceUnavailableException(Reason.IN_USE, dataDir,
                "The data folder " + dataDir + " is in use by another running Switchboard" + owner
                        + ". Switch to that window, or close it first; use --data-dir for a different folder.",
                List.of(owner), cause);
    }

    private static String readOwner(Path file) {
        try {
            String text = Files.readString(file).strip();
            return text.isEmpty() ? "" : " (" + text + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
    }
}
