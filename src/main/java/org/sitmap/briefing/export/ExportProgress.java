package org.sitmap.briefing.export;

/**
 * Told how far an export has come, on the exporting thread: {@link #page} before each page and
 * once more before saving; {@link #cancelled} is asked between pages and during each map render,
 * and an export also stops when its thread is interrupted. A stopped export leaves no file.
 */
public interface ExportProgress {

    ExportProgress NONE = (done, total, what) -> { };

    void page(int done, int total, String what);

    default boolean cancelled() {
        return false;
    }
}
