package org.sitmap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The most recently opened incident files, newest first, kept in the user's Java preferences.
 * Reads and writes touch the disk: call them off the FX thread. Thread-safe (synchronised).
 */
final class RecentFiles {

    static final int MAX = 8;
    private static final String KEY = "recent.incidentFiles";
    private final java.util.function.Supplier<Preferences> source;
    private Preferences prefs;

    RecentFiles(java.util.function.Supplier<Preferences> source) {
        this.source = source;
    }

    /** The user's preferences, opened on first use (it reads the disk: never on the FX thread). */
    static RecentFiles forUser() {
        return new RecentFiles(() -> Preferences.userNodeForPackage(RecentFiles.class));
    }

    private Preferences prefs() {
        if (prefs == null) {
            prefs = source.get();
        }
        return prefs;
    }

    synchronized List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : prefs().get(KEY, "").split("\n")) {
            if (!line.isBlank() && Files.exists(Path.of(line))) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    synchronized List<Path> add(Path file) {
        List<Path> out = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        out.remove(abs);
        out.add(0, abs);
        while (out.size() > MAX) {
            out.remove(out.size() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : out) {
            sb.append(p).append('\n');
        }
        prefs().put(KEY, sb.toString());
        return out;
    }
}
