package org.sitmap.io.incidents;

/**
 * The source event ids seen so far in one file, with the line each was first seen on, kept compact
 * for million-row imports: an open-addressing table of 64-bit string hashes (FNV-1a, then a
 * MurmurHash3 finaliser) and line numbers, 32 bytes per id at most. Two different ids can only be
 * confused if their 64-bit hashes collide; for a million ids the chance of that anywhere in the file
 * is about 3 in 100 million, which we accept to keep memory flat. Not thread-safe.
 */
final class SeenSourceIds {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] hashes = new long[1024];
    private long[] lines = new long[1024];
    private int size;

    /**
     * Records {@code id} as seen on {@code line} unless it was seen before.
     *
     * @return the line it was first seen on, or -1 if it is new
     */
    long firstSeen(String id, long line) {
        long hash = hash(id);
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        lines[slot] = line;
        if (++size * 2 > hashes.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            long hash = oldHashes[i];
            if (hash != 0) {
                int slot = (int) (hash ^ (hash >>> 32)) & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = hash;
                lines[slot] = oldLines[i];
            }
        }
    }

    static long hash(String id) {
        long h = FNV_OFFSET;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
