package org.sitmap.districts;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The ratio of two Poisson rates, after over before, with an exact conditional confidence
 * interval. Given the total n = a + b of the after count a (exposure T_a days) and the before
 * count b (T_b days), a ~ Binomial(n, p) with p = T_a·RR / (T_a·RR + T_b). The Clopper–Pearson
 * interval for p — lower = Beta⁻¹(α/2; a, n − a + 1), upper = Beta⁻¹(1 − α/2; a + 1, n − a) — is
 * mapped back through RR = p / (1 − p) · T_b / T_a, which is monotone, so the coverage carries
 * over. This is R's {@code poisson.test} for two samples. With a = 0 the lower bound is 0; with
 * b = 0 the upper bound is infinite (and the estimate too); with n = 0 nothing can be said and
 * every value is NaN. Immutable value.
 */
public record RateRatio(double estimate, double lower, double upper) {

    /** An interval at confidence {@code level} (e.g. 0.95). */
    public static RateRatio exact(long after, double afterDays, long before, double beforeDays, double level) {
        if (after < 0 || before < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0");
        }
        if (!(afterDays > 0) || !(beforeDays > 0)) {
            return new RateRatio(Double.NaN, Double.NaN, Double.NaN);
        }
        long n = after + before;
        if (n == 0) {
            return new RateRatio(Double.NaN, Double.NaN, Double.NaN);
        }
        double alpha = 1 - level;
        double scale = beforeDays / afterDays;
        double estimate = before == 0 ? Double.POSITIVE_INFINITY : (after / afterDays) / (before / beforeDays);
        double pLow = after == 0 ? 0 : new BetaDistribution(null, after, n - after + 1, 1e-14)
                .inverseCumulativeProbability(alpha / 2);
        double pHigh = after == n ? 1 : new BetaDistribution(null, after + 1, n - after, 1e-14)
                .inverseCumulativeProbability(1 - alpha / 2);
        return new RateRatio(estimate, odds(pLow) * scale, odds(pHigh) * scale);
    }

    public static RateRatio exact95(long after, double afterDays, long before, double beforeDays) {
        return exact(after, afterDays, before, beforeDays, 0.95);
    }

    private static double odds(double p) {
        return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p);
    }

    public boolean defined() {
        return !Double.isNaN(lower);
    }

    /** Whether the interval excludes 1 (a change the data can defend at this level). */
    public boolean excludesOne() {
        return defined() && (lower > 1 || upper < 1);
    }
}
