package org.sitmap.io.incidents;

import java.nio.file.Path;

/**
 * A whole incident file could not be read. The message is meant for the user and names the file,
 * the line and column when known, and the reason, e.g.
 * {@code strikes.kml:3:10: DOCTYPE declarations are not allowed (external entities are refused)}.
 * Immutable and thread-safe.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(Path file, String reason) {
        this(file, 0, 0, reason, null);
    }

    public ImportException(Path file, String reason, Throwable cause) {
        this(file, 0, 0, reason, cause);
    }

    /** {@code line} and {@code column} are 1-based; 0 means unknown. */
    public ImportException(Path file, long line, long column, String reason, Throwable cause) {
        super(message(file, line, column, reason), cause);
    }

    private static String message(Path file, long line, long column, String reason) {
        Path name = file.getFileName();
        StringBuilder sb = new StringBuilder().append(name == null ? file : name);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(reason).toString();
    }
}
