package org.sitmap.core;

import java.util.Locale;

/**
 * Formats geographic positions the way field users read them: degrees-minutes-seconds with
 * hemisphere letters, and decimal degrees. Pure JDK, stateless and thread-safe.
 */
public final class LonLatFormat {

    private LonLatFormat() {
    }

    /** E.g. {@code 33°46'12.0"N 74°05'24.0"E}; seconds to one decimal (about 3 m). */
    public static String dms(double latDeg, double lonDeg) {
        return dmsPart(latDeg, 'N', 'S', 2) + " " + dmsPart(lonDeg, 'E', 'W', 3);
    }

    static String dmsPart(double valueDeg, char positive, char negative, int degreeDigits) {
        double abs = Math.abs(valueDeg);
        long tenthsOfSecond = Math.round(abs * 36_000.0);
        long deg = tenthsOfSecond / 36_000;
        long min = (tenthsOfSecond % 36_000) / 600;
        double sec = (tenthsOfSecond % 600) / 10.0;
        String degFmt = "%0" + degreeDigits + "d°%02d'%04.1f\"%c";
        return String.format(Locale.ROOT, degFmt, deg, min, sec, valueDeg >= 0 ? positive : negative);
    }
}
