package org.sitmap.bench.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.bench.PresentProbe;
import org.testfx.api.FxToolkit;

/**
 * The present probe, run inside the TestFX toolkit (headless Monocle here): it is found as a
 * service, draws every frame through the caller's callback, and returns one time per timed frame.
 * No figure is checked; only that the measurement happens.
 */
class FxPresentProbeTest {

    @Test
    void timesEveryFrameAndCallsBackForEach() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit is TestFX's: the probe must reuse it and leave it running
        PresentProbe probe = PresentProbe.installed().orElseThrow();
        assertTrue(probe instanceof FxPresentProbe);
        int[] pixels = new int[64 * 48];
        List<Integer> drawn = new ArrayList<>();
        PresentProbe.Times t = probe.measure(pixels, 64, 48, 2, 3, k -> {
            drawn.add(k);
            java.util.Arrays.fill(pixels, 0xFF000000 | k * 40);
        });
        assertEquals(List.of(0, 1, 2, 3, 4), drawn);
        assertEquals(3, t.presentMs().length, t.note());
        for (double ms : t.presentMs()) {
            assertTrue(ms >= 0 && Double.isFinite(ms));
        }
        assertTrue(t.note().contains("snapshot"), t.note());
    }
}
