package org.sitmap.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

/**
 * Generates the SYNTHETIC demo incidents: a seeded, reproducible season along the LoC shaped by
 * {@link DemoTimeline} and {@link DemoSectors}. Points lie 0.3–10 km from the line on the
 * reporting side's administered land; districts come from the basemap's approximate zones and
 * location names from its nearest place. Every record says it is synthetic in its source and
 * notes. Not thread-safe (owns a Random); make one per run.
 */
public final class DemoDataGenerator {

    static final String SOURCE_PREFIX = "SYNTHETIC — ";
    private static final Instant SEASON_START = DemoTimeline.FIRST_DAY.atStartOfDay(ReportZone.IST.zone()).toInstant();
    private static final String[] INDIAN_SOURCES = {"Indian Army PRO (Jammu)", "Indian Army PRO (Srinagar)",
        "J&K Police", "The Tribune (model)", "Greater Kashmir (model)"};
    private static final String[] PAKISTANI_SOURCES = {"ISPR", "AJK Government", "Dawn (model)",
        "Radio Pakistan (model)"};

    private final DemoGeography geo;
    private final Random rnd;
    private final long seed;
    private final GeometryFactory gf = new GeometryFactory();

    DemoDataGenerator(DemoGeography geo, long seed) {
        this.geo = geo;
        this.seed = seed;
        this.rnd = new Random(seed);
    }

    public static List<Incident> generate(java.nio.file.Path basemap, long seed)
            throws org.sitmap.io.gpkg.GeoPackageException {
        return new DemoDataGenerator(DemoGeography.read(basemap), seed).generate();
    }

    List<Incident> generate() {
        List<Incident> out = new ArrayList<>();
        for (LocalDate day = DemoTimeline.FIRST_DAY; !day.isAfter(DemoTimeline.LAST_DAY); day = day.plusDays(1)) {
            ZonedDateTime dayStart = day.atStartOfDay(ReportZone.IST.zone());
            Instant start = dayStart.toInstant();
            Instant end = dayStart.plusDays(1).toInstant();
            boolean ceasefireDay = DemoTimeline.CEASEFIRE.isAfter(start) && DemoTimeline.CEASEFIRE.isBefore(end);
            int before = DemoTimeline.CEASEFIRE.isAfter(start) ? poisson(DemoTimeline.expectedBefore(day)
                    * (ceasefireDay ? 17.0 / 24 : 1)) : 0;
            int after = !DemoTimeline.CEASEFIRE.isAfter(start) || ceasefireDay ? poisson(DemoTimeline.expectedAfter(day)) : 0;
            for (int i = 0; i < before + after; i++) {
                Instant t = i < before ? timeIn(start, ceasefireDay ? DemoTimeline.CEASEFIRE : end, day)
                        : timeIn(ceasefireDay ? DemoTimeline.CEASEFIRE : start, end, day);
                out.add(incident(out.size() + 1, t));
            }
        }
        out.sort(Comparator.comparing(Incident::startUtc));
        return out;
    }

    private Instant timeIn(Instant from, Instant to, LocalDate day) {
        for (int tries = 0; tries < 20; tries++) {
            Instant t = day.atTime(DemoTimeline.nightHeavyTime(rnd)).atZone(ReportZone.IST.zone()).toInstant();
            if (!t.isBefore(from) && t.isBefore(to)) {
                return t;
            }
        }
        return from.plusMillis((long) (rnd.nextDouble() * (to.toEpochMilli() - from.toEpochMilli())));
    }

    private Incident incident(int n, Instant t) {
        DemoTimeline.Phase phase = DemoTimeline.phase(t);
        DemoSectors.Sector sector = pickSector(phase);
        IncidentType type = pick(phase.types, phase.weights);
        double[] lonLat = pointNear(sector);
        boolean india = sector.side().equals("IN");
        DemoGeography.Zone zone = zoneAt(lonLat, sector.side());
        String reporter = india ? "India" : "Pakistan";
        String[] sources = india ? INDIAN_SOURCES : PAKISTANI_SOURCES;
        Casualties c = Casualties.draw(type, phase, rnd);
        TimePrecision precision = pick(new TimePrecision[] {TimePrecision.EXACT, TimePrecision.HOUR,
            TimePrecision.DAY, TimePrecision.RANGE}, new double[] {30, 40, 28, 2});
        if (precision == TimePrecision.DAY && dayStart(t, india).isBefore(SEASON_START)) {
            // Pakistan's calendar lags IST by 30 minutes: an event in the first half hour of 1 January
            // IST is on 31 December in PKT, and its day would start before the season. Date it to the
            // hour instead (no random draw depends on this choice, so other records stay the same).
            precision = TimePrecision.HOUR;
        }
        Instant start = precision == TimePrecision.DAY ? dayStart(t, india) : t;
        Instant end = switch (precision) {
            case DAY -> start.plusSeconds(86_400 - 1);
            case RANGE -> t.plusSeconds(3_600L * (6 + rnd.nextInt(30)));
            case HOUR -> t.plusSeconds(3_599);
            default -> t;
        };
        String place = nearestPlace(lonLat, sector.side());
        return new IncidentBuilder()
                .sourceEventId(String.format("DEMO-%06d", n))
                .startUtc(start).endUtc(end).timePrecision(precision)
                .reportZone(india ? ReportZone.IST : ReportZone.PKT)
                .type(type).subType(phase == DemoTimeline.Phase.AFTER ? "post-ceasefire violation" : null)
                .actor(india ? "Pakistan Army (as reported)" : "Indian Army (as reported)")
                .reportingSide(reporter)
                .admin1(zone != null ? zone.admin1() : sector.admin1())
                .district(zone != null ? zone.district() : sector.district())
                .location(place != null ? place + " area, " + sector.name() + " sector" : sector.name() + " sector")
                .lon(round(lonLat[0])).lat(round(lonLat[1]))
                .locationPrecisionScheme("SITMAP").locationPrecisionCode(1 + rnd.nextInt(3))
                .killedTotal(c.killedCivilian + c.killedSecurity).killedCivilian(c.killedCivilian)
                .killedSecurity(c.killedSecurity).injuredTotal(c.injuredCivilian + c.injuredSecurity)
                .injuredCivilian(c.injuredCivilian).injuredSecurity(c.injuredSecurity)
                .sourceNames(SOURCE_PREFIX + sources[rnd.nextInt(sources.length)])
                .sourceUrls("https://example.invalid/sitmap-synthetic/" + n)
                .reliability(pick(new Character[] {'A', 'B', 'C', 'D', 'E', 'F'}, new double[] {5, 35, 35, 15, 7, 3}))
                .credibility(pick(new Integer[] {1, 2, 3, 4, 5, 6}, new double[] {5, 30, 35, 18, 8, 4}))
                .notes("SYNTHETIC record made by 'sitmap demo-data --seed " + seed + "'; not a real event. "
                        + type.label() + " reported in the " + sector.name() + " sector.")
                .build();
    }

    private Instant dayStart(Instant t, boolean india) {
        ReportZone z = india ? ReportZone.IST : ReportZone.PKT;
        return t.atZone(z.zone()).toLocalDate().atStartOfDay(z.zone()).toInstant();
    }

    private DemoSectors.Sector pickSector(DemoTimeline.Phase phase) {
        double[] w = new double[DemoSectors.ALL.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = DemoSectors.ALL.get(i).weight(phase);
        }
        return DemoSectors.ALL.get(pickIndex(w));
    }

    /** A point 0.3–10 km from the line, near the sector's anchor, on the sector's side. */
    private double[] pointNear(DemoSectors.Sector s) {
        var side = s.side().equals("IN") ? geo.india : geo.pakistan;
        double anchorIndex = geo.line.project(new Coordinate(s.lon(), s.lat()));
        for (int tries = 0; tries < 30; tries++) {
            double index = Math.max(0, Math.min(geo.lineLength, anchorIndex + rnd.nextGaussian() * 0.12));
            Coordinate on = geo.line.extractPoint(index);
            Coordinate ahead = geo.line.extractPoint(Math.min(geo.lineLength, index + 0.005));
            Coordinate behind = geo.line.extractPoint(Math.max(0, index - 0.005));
            double dx = ahead.x - behind.x;
            double dy = ahead.y - behind.y;
            double len = Math.hypot(dx, dy);
            if (len == 0) {
                continue;
            }
            double km = Math.min(10, 0.3 + -Math.log(1 - rnd.nextDouble()) * 2.5);
            double sign = rnd.nextBoolean() ? 1 : -1;
            double cosLat = Math.cos(Math.toRadians(on.y));
            double lon = on.x + sign * (-dy / len) * km / (111.2 * cosLat);
            double lat = on.y + sign * (dx / len) * km / 111.2;
            if (side.contains(gf.createPoint(new Coordinate(lon, lat)))) {
                return new double[] {lon, lat};
            }
        }
        return new double[] {s.lon(), s.lat()};
    }

    private DemoGeography.Zone zoneAt(double[] lonLat, String side) {
        var p = gf.createPoint(new Coordinate(lonLat[0], lonLat[1]));
        for (DemoGeography.Zone z : geo.zones) {
            if (side.equals(z.side()) && z.area().contains(p)) {
                return z;
            }
        }
        return null;
    }

    private String nearestPlace(double[] lonLat, String side) {
        String best = null;
        double bestKm = 25;
        double cosLat = Math.cos(Math.toRadians(lonLat[1]));
        for (DemoGeography.NamedPoint p : geo.places) {
            if (p.side().equals(side)) {
                double km = 111.2 * Math.hypot((p.lon() - lonLat[0]) * cosLat, p.lat() - lonLat[1]);
                if (km < bestKm) {
                    bestKm = km;
                    best = p.name();
                }
            }
        }
        return best;
    }

    private static double round(double deg) {
        return Math.round(deg * 1e5) / 1e5;
    }

    private int poisson(double mean) {
        if (mean > 60) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * rnd.nextGaussian()));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private <T> T pick(T[] values, double[] weights) {
        return values[pickIndex(weights)];
    }

    private int pickIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Casualties drawn per type and phase: heavy weapons in the escalation hurt most. */
    private record Casualties(int killedCivilian, int killedSecurity, int injuredCivilian, int injuredSecurity) {
        static Casualties draw(IncidentType type, DemoTimeline.Phase phase, Random rnd) {
            boolean heavy = switch (type) {
                case ARTILLERY_SHELLING, MORTAR, MISSILE, AIR_STRIKE, DRONE_STRIKE -> true;
                default -> false;
            };
            double scale = phase == DemoTimeline.Phase.ESCALATION ? 1.0 : 0.4;
            if (heavy) {
                return new Casualties(p(0.25 * scale, rnd), p(0.08 * scale, rnd), p(0.8 * scale, rnd), p(0.2 * scale, rnd));
            }
            if (type == IncidentType.SMALL_ARMS_FIRE || type == IncidentType.SNIPING || type == IncidentType.INFILTRATION) {
                return new Casualties(p(0.02, rnd), p(0.06, rnd), p(0.04, rnd), p(0.15, rnd));
            }
            return new Casualties(0, 0, p(0.03, rnd), 0);
        }

        private static int p(double mean, Random rnd) {
            double l = Math.exp(-mean);
            int k = 0;
            double prob = 1;
            do {
                k++;
                prob *= rnd.nextDouble();
            } while (prob > l);
            return k - 1;
        }
    }
}
