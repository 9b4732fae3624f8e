package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeenSourceIdsTest {

    @Test
    void remembersTheFirstLineOfEveryIdAcrossGrowth() {
        SeenSourceIds seen = new SeenSourceIds();
        for (int k = 0; k < 100_000; k++) {
            assertEquals(-1, seen.firstSeen("IND" + k, k + 2));
        }
        for (int k = 0; k < 100_000; k += 997) {
            assertEquals(k + 2, seen.firstSeen("IND" + k, 1_000_000));
        }
        assertEquals(-1, seen.firstSeen("PAK1", 5));
        assertEquals(5, seen.firstSeen("PAK1", 6));
    }
}
