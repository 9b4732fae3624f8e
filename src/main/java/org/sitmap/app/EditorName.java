package org.sitmap.app;

import java.util.prefs.Preferences;

/**
 * The name edits are recorded under in the audit log: the one set in the user's preferences, or
 * the operating system's user name. Reads and writes touch the disk: call off the FX thread.
 * Thread-safe (synchronised).
 */
final class EditorName {

    private static final String KEY = "audit.userName";
    private final java.util.function.Supplier<Preferences> source;
    private Preferences prefs;

    EditorName(java.util.function.Supplier<Preferences> source) {
        this.source = source;
    }

    static EditorName forUser() {
        return new EditorName(() -> Preferences.userNodeForPackage(EditorName.class));
    }

    static String osName() {
        String n = System.getProperty("user.name");
        return n == null || n.isBlank() ? "unknown" : n;
    }

    synchronized String get() {
        String set = prefs().get(KEY, "");
        return set.isBlank() ? osName() : set;
    }

    /** Saves the name; blank goes back to the operating system's user name. */
    synchronized void set(String name) {
        if (name == null || name.isBlank()) {
            prefs().remove(KEY);
        } else {
            prefs().put(KEY, name.strip());
        }
    }

    private Preferences prefs() {
        if (prefs == null) {
            prefs = source.get();
        }
        return prefs;
    }
}
