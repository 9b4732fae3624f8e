package org.sitmap.bench;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.IntConsumer;

/**
 * Times the present step of a frame (hand the int[] to the UI toolkit, upload, draw) without the
 * caller depending on that toolkit: the JavaFX implementation lives in {@code org.sitmap.bench.fx}
 * and is found with {@link ServiceLoader} (META-INF/services), so the headless CLI links no
 * JavaFX class and still runs where JavaFX or a display is missing. Implementations own the UI
 * toolkit for the duration of {@link #measure}.
 */
public interface PresentProbe {

    /** Present times in ms per frame, and a one-line note on how they were taken (or why not). */
    record Times(double[] presentMs, double[] rerenderMs, String note) {
    }

    /**
     * Shows a window with an image over {@code pixels} (premultiplied ARGB, {@code widthPx} ×
     * {@code heightPx}) and, for each of {@code warmup + frames} frames, calls {@code drawFrame}
     * with the frame number on the caller's thread (untimed, while the toolkit does not read the
     * pixels), then times presenting it. Returns empty times and a note when no display is usable.
     */
    Times measure(int[] pixels, int widthPx, int heightPx, int warmup, int frames, IntConsumer drawFrame);

    /** The installed probe, if any (none when JavaFX is not on the class path). */
    static Optional<PresentProbe> installed() {
        try {
            return ServiceLoader.load(PresentProbe.class).findFirst();
        } catch (java.util.ServiceConfigurationError | LinkageError e) {
            return Optional.empty();
        }
    }
}
