package org.sitmap.demo;

import java.util.List;

/**
 * The LoC sectors the synthetic events cluster in: the Indian sectors (Kupwara, Baramulla/Uri,
 * Poonch, Rajouri, Akhnoor/Jammu, the Jammu Working Boundary) and the Pakistani districts opposite
 * (Neelum, Muzaffarabad, Hattian Bala, Haveli, Poonch/Rawalakot, Kotli, Bhimber, Sialkot). Each has
 * an anchor near the line and a weight per phase (quiet sectors flare during the escalation).
 * Immutable constants.
 */
final class DemoSectors {

    /** side "IN" or "PK"; anchor lon/lat near the LoC; weights for BASELINE, TENSION, ESCALATION, AFTER. */
    record Sector(String name, String side, String admin1, String district, double lon, double lat,
                  double[] weights) {
        double weight(DemoTimeline.Phase p) {
            return weights[p.ordinal()];
        }
    }

    static final List<Sector> ALL = List.of(
            new Sector("Kupwara (Keran, Tangdhar, Machil)", "IN", "Jammu and Kashmir", "Kupwara", 74.15, 34.55,
                    new double[] {14, 12, 10, 10}),
            new Sector("Baramulla (Uri)", "IN", "Jammu and Kashmir", "Baramulla", 74.02, 34.10,
                    new double[] {10, 12, 13, 8}),
            new Sector("Poonch (Krishna Ghati, Mendhar)", "IN", "Jammu and Kashmir", "Poonch", 74.05, 33.70,
                    new double[] {16, 16, 18, 12}),
            new Sector("Rajouri (Nowshera, Sunderbani)", "IN", "Jammu and Kashmir", "Rajouri", 74.15, 33.20,
                    new double[] {10, 10, 11, 8}),
            new Sector("Akhnoor / Jammu", "IN", "Jammu and Kashmir", "Jammu", 74.55, 32.85,
                    new double[] {6, 7, 9, 8}),
            new Sector("Jammu Working Boundary (R.S. Pura, Samba)", "IN", "Jammu and Kashmir", "Jammu", 74.80, 32.60,
                    new double[] {4, 5, 7, 10}),
            new Sector("Neelum", "PK", "Azad Kashmir", "Neelum", 74.05, 34.70, new double[] {6, 6, 7, 5}),
            new Sector("Muzaffarabad (Leepa)", "PK", "Azad Kashmir", "Muzaffarabad", 73.85, 34.30,
                    new double[] {5, 6, 8, 4}),
            new Sector("Hattian Bala (Chakothi)", "PK", "Azad Kashmir", "Hattian Bala", 73.85, 34.15,
                    new double[] {4, 5, 7, 3}),
            new Sector("Haveli (Forward Kahuta)", "PK", "Azad Kashmir", "Haveli", 74.00, 33.90,
                    new double[] {4, 5, 6, 3}),
            new Sector("Poonch (Rawalakot, Abbaspur)", "PK", "Azad Kashmir", "Poonch", 73.92, 33.78,
                    new double[] {5, 6, 8, 4}),
            new Sector("Kotli (Nikial)", "PK", "Azad Kashmir", "Kotli", 74.00, 33.45, new double[] {5, 6, 8, 4}),
            new Sector("Bhimber (Samahni)", "PK", "Azad Kashmir", "Bhimber", 74.10, 33.05, new double[] {3, 4, 6, 3}),
            new Sector("Sialkot Working Boundary", "PK", "Punjab", "Sialkot", 74.65, 32.55,
                    new double[] {2, 3, 5, 3}));

    private DemoSectors() {
    }
}
