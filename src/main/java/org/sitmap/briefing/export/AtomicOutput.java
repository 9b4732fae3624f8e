package org.sitmap.briefing.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sitmap.briefing.BriefingException;

/**
 * Writes an export so nobody ever sees it half-written: the content goes to a hidden temporary
 * file in the target's directory, which is moved over the target (atomically where the file
 * system can) only when complete. A failure or cancellation deletes the temporary file and leaves
 * an existing target as it was. Stateless.
 */
final class AtomicOutput {

    /** Thrown inside the content callback to stop the export; becomes {@link ExportCancelledException}. */
    static final class Cancelled extends IOException {
        Cancelled(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    interface Content {
        void writeTo(Path temp) throws IOException;
    }

    private AtomicOutput() {
    }

    /** The temporary file is private (0600); the export gets the old file's permissions, or rw-r--r--. */
    private static void readableByOthers(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /** Returns the size of the written file in bytes. */
    static long write(Path target, Content content) throws IOException, BriefingException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        boolean moved = false;
        try {
            content.writeTo(temp);
            long size = Files.size(temp);
            readableByOthers(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return size;
        } catch (Cancelled e) {
            throw new ExportCancelledException(e.getMessage());
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
