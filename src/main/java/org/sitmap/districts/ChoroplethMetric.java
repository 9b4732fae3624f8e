package org.sitmap.districts;

/**
 * What the district choropleth shades: a count or a daily rate in one window (sequential palette),
 * or the change after/before as the rate ratio (diverging palette centred on no change). Stateless.
 */
public enum ChoroplethMetric {
    AFTER_COUNT("Events after", false),
    BEFORE_COUNT("Events before", false),
    AFTER_RATE("Events per day after", false),
    BEFORE_RATE("Events per day before", false),
    CHANGE("Change (rate ratio after/before)", true);

    private final String label;
    private final boolean diverging;

    ChoroplethMetric(String label, boolean diverging) {
        this.label = label;
        this.diverging = diverging;
    }

    public String label() {
        return label;
    }

    public boolean diverging() {
        return diverging;
    }

    /** The value this metric shades for one row's counts (NaN when undefined). */
    public double value(Counts c) {
        return switch (this) {
            case AFTER_COUNT -> c.after();
            case BEFORE_COUNT -> c.before();
            case AFTER_RATE -> c.afterPerDay();
            case BEFORE_RATE -> c.beforePerDay();
            case CHANGE -> c.rateRatio().estimate();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
