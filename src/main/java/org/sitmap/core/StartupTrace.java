package org.sitmap.core;

import java.lang.management.ManagementFactory;

/**
 * Milestones of start-up, printed to stderr as {@code trace <ms since JVM start> <what>} when
 * the {@code sitmap.trace} system property is true. This is how the launch-to-map figure is
 * broken down. Thread-safe (stderr is synchronised).
 */
public final class StartupTrace {

    private static final boolean ENABLED = Boolean.getBoolean("sitmap.trace");

    private StartupTrace() {
    }

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public static void mark(String what) {
        if (ENABLED) {
            System.err.println("trace " + sinceJvmStartMs() + " " + what);
        }
    }
}
