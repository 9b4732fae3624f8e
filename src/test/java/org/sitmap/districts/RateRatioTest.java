package org.sitmap.districts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact rate-ratio interval against published values and against an independent computation
 * from its definition: at the Clopper–Pearson bounds the binomial tail, summed term by term here,
 * is exactly α/2.
 */
class RateRatioTest {

    /** R's documented example, {@code poisson.test(c(11, 6+8+7), c(800, 1083+1050+878))}. */
    @Test
    void matchesRsPoissonTestExample() {
        RateRatio rr = RateRatio.exact95(11, 800, 21, 1083 + 1050 + 878);
        assertEquals(1.971488, rr.estimate(), 5e-7);
        assertEquals(0.8584264, rr.lower(), 5e-7);
        assertEquals(4.2772659, rr.upper(), 5e-7);
        assertFalse(rr.excludesOne());
    }

    /** Clopper–Pearson bounds from the published tables (Clopper &amp; Pearson 1934; e.g. x = 0, n = 10: 0.3085). */
    @ParameterizedTest(name = "x={0} n={1}: [{2}, {3}]")
    @CsvSource({"0, 10, 0, 0.3085", "5, 10, 0.1871, 0.8129", "10, 10, 0.6915, 1", "1, 20, 0.0013, 0.2487"})
    void equalExposuresGiveClopperPearsonOdds(int x, int n, double pLow, double pHigh) {
        RateRatio rr = RateRatio.exact95(x, 30, n - x, 30);
        assertEquals(pLow / (1 - pLow), rr.lower(), 1e-3 * Math.max(1, rr.lower()));
        if (pHigh == 1) {
            assertEquals(Double.POSITIVE_INFINITY, rr.upper());
        } else {
            assertEquals(pHigh / (1 - pHigh), rr.upper(), 2e-3 * rr.upper());
        }
    }

    @ParameterizedTest(name = "after {0} in {1} d, before {2} in {3} d")
    @CsvSource({"3, 21.3, 40, 30.7", "120, 10, 80, 40", "7, 5, 2, 50", "1, 1, 1, 1", "250, 113, 900, 129.7"})
    void boundsSatisfyTheBinomialTailDefinition(int after, double afterDays, int before, double beforeDays) {
        RateRatio rr = RateRatio.exact95(after, afterDays, before, beforeDays);
        int n = after + before;
        double pLow = toP(rr.lower(), afterDays, beforeDays);
        double pHigh = toP(rr.upper(), afterDays, beforeDays);
        // P(X >= a | pLow) = 0.025 and P(X <= a | pHigh) = 0.025
        assertEquals(0.025, upperTail(after, n, pLow), 1e-7);
        assertEquals(0.025, 1 - upperTail(after + 1, n, pHigh), 1e-7);
        assertEquals((after / afterDays) / (before / beforeDays), rr.estimate(), 1e-12);
        assertTrue(rr.lower() < rr.estimate() && rr.estimate() < rr.upper());
    }

    @Test
    void zeroCountsGiveOneSidedOrUndefinedIntervals() {
        RateRatio none = RateRatio.exact95(0, 10, 0, 10);
        assertFalse(none.defined());
        RateRatio stopped = RateRatio.exact95(0, 10, 12, 10);
        assertEquals(0, stopped.estimate());
        assertEquals(0, stopped.lower());
        // p_high = 1 - 0.025^(1/12); RR = p/(1-p)
        double p = 1 - Math.pow(0.025, 1.0 / 12);
        assertEquals(p / (1 - p), stopped.upper(), 1e-9);
        assertTrue(stopped.excludesOne());
        RateRatio started = RateRatio.exact95(4, 10, 0, 20);
        assertEquals(Double.POSITIVE_INFINITY, started.estimate());
        assertEquals(Double.POSITIVE_INFINITY, started.upper());
        double q = Math.pow(0.025, 1.0 / 4); // P(X >= 4 | n = 4, p) = p^4
        assertEquals(q / (1 - q) * 2, started.lower(), 1e-9);
        assertFalse(RateRatio.exact95(3, 0, 3, 10).defined(), "an empty window says nothing");
    }

    private static double toP(double rr, double afterDays, double beforeDays) {
        return afterDays * rr / (afterDays * rr + beforeDays);
    }

    /** P(X >= k) for X ~ Binomial(n, p), by summing the terms in log space. */
    private static double upperTail(int k, int n, double p) {
        double sum = 0;
        for (int j = k; j <= n; j++) {
            double logTerm = logChoose(n, j) + j * Math.log(p) + (n - j) * Math.log1p(-p);
            sum += Math.exp(logTerm);
        }
        return sum;
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) {
            s += Math.log(n - k + i) - Math.log(i);
        }
        return s;
    }
}
