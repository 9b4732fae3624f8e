package org.sitmap.io.incidents;

/**
 * Throttles calls to a {@link ProgressListener}: {@link #row()} reports only when another 1% of the
 * bytes has been read or another 65,536 rows have passed. Not thread-safe: one per read call.
 */
final class ProgressMeter {
    private static final long ROWS_PER_REPORT = 65_536;

    private final ProgressListener listener;
    private final CountingInputStream counter;
    private final long bytesTotal;
    private final long bytesPerReport;
    private long nextReportBytes;
    private long rowsSinceReport;

    ProgressMeter(ProgressListener listener, CountingInputStream counter, long bytesTotal) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.counter = counter;
        this.bytesTotal = Math.max(0, bytesTotal);
        this.bytesPerReport = Math.max(1, this.bytesTotal / 100);
        this.nextReportBytes = bytesPerReport;
    }

    /** Call after each row. */
    void row() {
        rowsSinceReport++;
        long read = counter.bytesRead();
        if (read >= nextReportBytes || rowsSinceReport >= ROWS_PER_REPORT) {
            report(read);
        }
    }

    /** Call once at the end of the file: reports the file as fully read. */
    void done() {
        long read = counter.bytesRead();
        listener.progress(Math.max(read, bytesTotal), Math.max(read, bytesTotal));
    }

    private void report(long read) {
        listener.progress(Math.min(read, bytesTotal == 0 ? read : bytesTotal), bytesTotal);
        rowsSinceReport = 0;
        nextReportBytes = (read / bytesPerReport + 1) * bytesPerReport;
    }
}
