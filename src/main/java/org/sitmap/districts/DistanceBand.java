package org.sitmap.districts;

/**
 * Distance bands from the LoC used in the summary and the map shading: 0–2, 2–5, 5–10, 10–25 and
 * more than 25 km. A band holds distances in [from, to). Stateless.
 */
public enum DistanceBand {
    KM_0_2(0, 2, "0–2 km"),
    KM_2_5(2, 5, "2–5 km"),
    KM_5_10(5, 10, "5–10 km"),
    KM_10_25(10, 25, "10–25 km"),
    OVER_25(25, Double.POSITIVE_INFINITY, "> 25 km");

    private final double fromKm;
    private final double toKm;
    private final String label;

    DistanceBand(double fromKm, double toKm, String label) {
        this.fromKm = fromKm;
        this.toKm = toKm;
        this.label = label;
    }

    public double fromKm() {
        return fromKm;
    }

    public double toKm() {
        return toKm;
    }

    public String label() {
        return label;
    }

    public static DistanceBand of(double km) {
        if (km < 2) {
            return KM_0_2;
        }
        if (km < 5) {
            return KM_2_5;
        }
        if (km < 10) {
            return KM_5_10;
        }
        return km < 25 ? KM_10_25 : OVER_25;
    }
}
