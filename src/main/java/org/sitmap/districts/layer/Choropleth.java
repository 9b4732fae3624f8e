package org.sitmap.districts.layer;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitmap.districts.ChoroplethMetric;
import org.sitmap.districts.Counts;
import org.sitmap.districts.DistrictRow;
import org.sitmap.districts.DistrictTable;

/**
 * The classification of a choropleth: for each district row a colour, and the legend classes.
 * Counts and rates use five equal classes from 0 to a rounded maximum on YlOrRd; the change uses
 * fixed rate-ratio classes (¼, ½, 0.8, 1.25, 2, 4) on reversed RdBu, with districts whose numbers
 * are "too few to say" grey. Immutable value.
 */
public record Choropleth(ChoroplethMetric metric, Color[] colourByRow, List<String> captions, List<Color> swatches) {

    public static Choropleth of(DistrictTable table, ChoroplethMetric metric) {
        int max = 0;
        for (DistrictRow r : table.rows()) {
            max = Math.max(max, r.index());
        }
        Color[] colours = new Color[max + 1];
        List<String> captions = new ArrayList<>();
        List<Color> swatches = new ArrayList<>();
        if (metric.diverging()) {
            double[] b = Palettes.CHANGE_BREAKS;
            for (DistrictRow r : table.rows()) {
                Counts c = r.counts();
                double v = metric.value(c);
                colours[r.index()] = c.tooFew() ? Palettes.TOO_FEW : Double.isNaN(v) ? Palettes.NO_VALUE
                        : Palettes.BU_RD_7[classOf(v, b)];
            }
            String[] labels = {"< ¼ (fall of 75 %+)", "¼ – ½", "½ – 0.8", "0.8 – 1.25 (little change)", "1.25 – 2", "2 – 4",
                "> 4 (or new)"};
            for (int k = 0; k < 7; k++) {
                captions.add(labels[k]);
                swatches.add(Palettes.BU_RD_7[k]);
            }
            captions.add("too few to say");
            swatches.add(Palettes.TOO_FEW);
        } else {
            double top = 0;
            for (DistrictRow r : table.rows()) {
                double v = metric.value(r.counts());
                if (!Double.isNaN(v)) {
                    top = Math.max(top, v);
                }
            }
            double step = niceStep(top / 5);
            for (DistrictRow r : table.rows()) {
                double v = metric.value(r.counts());
                colours[r.index()] = Double.isNaN(v) ? Palettes.NO_VALUE : v == 0 ? Palettes.NO_VALUE
                        : Palettes.YL_OR_RD_5[Math.min(4, (int) Math.floor(v / step - 1e-9))];
            }
            captions.add("none");
            swatches.add(Palettes.NO_VALUE);
            for (int k = 0; k < 5; k++) {
                captions.add(format(k * step, step) + " – " + format((k + 1) * step, step));
                swatches.add(Palettes.YL_OR_RD_5[k]);
            }
        }
        return new Choropleth(metric, colours, captions, swatches);
    }

    static int classOf(double rr, double[] breaks) {
        int k = 0;
        while (k < breaks.length && rr >= breaks[k]) {
            k++;
        }
        return k;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw} (and positive). */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String format(double v, double step) {
        return step >= 1 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    public Color colour(int districtIndex) {
        return districtIndex < colourByRow.length && colourByRow[districtIndex] != null ? colourByRow[districtIndex]
                : Palettes.NO_VALUE;
    }
}
