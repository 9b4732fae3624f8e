package org.sitmap.districts;

/**
 * Before/after counts of one group (a district, a distance band, or everything) with the derived
 * figures: events per day, the change in per cent, the rate ratio with its exact 95% interval,
 * the verdict, and killed and injured. Immutable value.
 */
public record Counts(long before, long after, long killedBefore, long killedAfter, long injuredBefore,
                     long injuredAfter, double beforePerDay, double afterPerDay, RateRatio rateRatio,
                     Verdict verdict) {

    public static Counts of(long before, long after, long killedBefore, long killedAfter, long injuredBefore,
                            long injuredAfter, AnalysisWindows w) {
        double bd = w.beforeDays();
        double ad = w.afterDays();
        RateRatio rr = RateRatio.exact95(after, ad, before, bd);
        return new Counts(before, after, killedBefore, killedAfter, injuredBefore, injuredAfter,
                bd > 0 ? before / bd : Double.NaN, ad > 0 ? after / ad : Double.NaN, rr,
                Verdict.of(before, after, rr, bd, ad));
    }

    /** The change of the daily rate in per cent (+∞ when there were none before; NaN when undefined). */
    public double changePercent() {
        if (Double.isNaN(beforePerDay) || Double.isNaN(afterPerDay)) {
            return Double.NaN;
        }
        if (beforePerDay == 0) {
            return afterPerDay == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        return (afterPerDay / beforePerDay - 1) * 100;
    }

    public boolean tooFew() {
        return verdict == Verdict.TOO_FEW;
    }
}
