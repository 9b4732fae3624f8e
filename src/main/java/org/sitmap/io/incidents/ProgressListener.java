package org.sitmap.io.incidents;

/**
 * Told how far a reader has come, on the reader's thread: at most about every 1% of the file's bytes
 * or every 65,536 rows, whichever comes first, and once more at the end with
 * {@code bytesRead == bytesTotal}. {@code bytesTotal} is 0 when the size is unknown.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = (bytesRead, bytesTotal) -> { };

    void progress(long bytesRead, long bytesTotal);
}
