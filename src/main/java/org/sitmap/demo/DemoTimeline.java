package org.sitmap.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;

/**
 * The shape of the synthetic 2025 season: a low baseline from January, a rise after the
 * Pahalgam attack (22 April), four days of intense exchanges from 7 May, a sharp drop at the
 * ceasefire (10 May 2025, 17:00 IST) and scattered violations to the end of August. Daily
 * expected counts and type mixes per phase. Immutable constants; thread-safe.
 */
final class DemoTimeline {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 8, 31);
    static final Instant CEASEFIRE = LocalDateTime.of(2025, 5, 10, 17, 0).atZone(ReportZone.IST.zone()).toInstant();
    private static final LocalDate PAHALGAM = LocalDate.of(2025, 4, 22);
    private static final LocalDate OPERATION = LocalDate.of(2025, 5, 7);

    enum Phase {
        BASELINE(new IncidentType[] {IncidentType.SMALL_ARMS_FIRE, IncidentType.CEASEFIRE_VIOLATION,
            IncidentType.SNIPING, IncidentType.INFILTRATION, IncidentType.IED_EXPLOSION, IncidentType.DRONE_INCURSION},
            new double[] {45, 25, 15, 8, 4, 3}),
        TENSION(new IncidentType[] {IncidentType.SMALL_ARMS_FIRE, IncidentType.CEASEFIRE_VIOLATION,
            IncidentType.MORTAR, IncidentType.SNIPING, IncidentType.DRONE_INCURSION},
            new double[] {50, 20, 12, 10, 8}),
        ESCALATION(new IncidentType[] {IncidentType.ARTILLERY_SHELLING, IncidentType.MORTAR,
            IncidentType.DRONE_INCURSION, IncidentType.DRONE_STRIKE, IncidentType.SMALL_ARMS_FIRE,
            IncidentType.MISSILE, IncidentType.AIR_STRIKE},
            new double[] {45, 20, 10, 10, 7, 4, 4}),
        AFTER(new IncidentType[] {IncidentType.CEASEFIRE_VIOLATION, IncidentType.DRONE_INCURSION,
            IncidentType.SMALL_ARMS_FIRE}, new double[] {40, 35, 25});

        final IncidentType[] types;
        final double[] weights;

        Phase(IncidentType[] types, double[] weights) {
            this.types = types;
            this.weights = weights;
        }
    }

    private DemoTimeline() {
    }

    /** Expected incidents on a day (IST calendar day), before the ceasefire instant. */
    static double expectedBefore(LocalDate day) {
        if (day.isBefore(PAHALGAM)) {
            return 5.5;
        }
        if (day.isBefore(OPERATION)) {
            long d = day.toEpochDay() - PAHALGAM.toEpochDay();
            return 8 + d * 3.5;
        }
        return 800;
    }

    /** Expected incidents on a day after the ceasefire: a short flurry that night, then a trickle. */
    static double expectedAfter(LocalDate day) {
        if (day.equals(CEASEFIRE.atZone(ReportZone.IST.zone()).toLocalDate())) {
            return 14;
        }
        return 0.7;
    }

    static Phase phase(Instant t) {
        if (!t.isBefore(CEASEFIRE)) {
            return Phase.AFTER;
        }
        LocalDate d = t.atZone(ReportZone.IST.zone()).toLocalDate();
        if (d.isBefore(PAHALGAM)) {
            return Phase.BASELINE;
        }
        return d.isBefore(OPERATION) ? Phase.TENSION : Phase.ESCALATION;
    }

    /** A time of day drawn so that most firing is reported at night, as LoC reports usually are. */
    static LocalTime nightHeavyTime(java.util.Random rnd) {
        double u = rnd.nextDouble();
        int hour = u < 0.75 ? (20 + rnd.nextInt(10)) % 24 : 6 + rnd.nextInt(14);
        return LocalTime.of(hour, rnd.nextInt(60));
    }
}
