package org.sitmap.map.fx;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;

/** A disposed map (closed window) ignores render requests instead of throwing on the FX thread. */
class RenderSchedulerDisposeTest {

    @Test
    void requestAfterShutdownIsIgnored() {
        RenderScheduler s = new RenderScheduler(frame -> { }, error -> { });
        s.shutdown();
        MapContent empty = new MapContent(List.of(), Set.of(), List.of());
        assertDoesNotThrow(() -> s.request(empty, new Viewport(0, 0, 100, 320, 200)));
        assertTrue(s.isIdle(), "nothing in flight or pending after shutdown");
    }
}
