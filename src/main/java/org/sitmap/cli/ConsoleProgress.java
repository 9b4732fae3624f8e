package org.sitmap.cli;

import org.sitmap.io.incidents.ProgressListener;

/**
 * Progress of a long CLI task on stderr, one line rewritten in place, at most once per percent.
 * Used by one thread.
 */
final class ConsoleProgress implements ProgressListener {

    private final String label;
    private int lastPercent = -1;

    ConsoleProgress(String label) {
        this.label = label;
    }

    @Override
    public void progress(long done, long total) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            System.err.print("\r" + label + ": " + percent + "%");
        }
    }

    void done() {
        if (lastPercent >= 0) {
            System.err.println();
        }
    }
}
