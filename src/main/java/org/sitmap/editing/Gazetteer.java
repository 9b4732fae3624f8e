package org.sitmap.editing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.sitmap.core.DistrictNames;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.GeoPackageReader;
import org.sitmap.io.gpkg.GpkgFeature;

/**
 * An offline gazetteer over the basemap: its GeoNames places, its (approximate) district zones,
 * and a few LoC sector names the places layer lacks ({@link SectorNames}). {@link #search} folds
 * accents and case, knows alternate spellings ({@link PlaceAliases}, {@link DistrictNames}), and
 * ranks exact names, then prefixes, then word prefixes, then near misses (restricted
 * Damerau–Levenshtein, 1 edit for 4–5 letters, 2 from 6). {@link #nearestPlace} and
 * {@link #districtAt} prefill the form from a map position. Immutable after loading; thread-safe.
 */
public final class Gazetteer {

    /** A search hit: the entry, how well it matched (lower is better) and which spelling matched. */
    public record Match(GazetteerEntry entry, int score, String matched) {
    }

    /** The nearest place and its distance in kilometres. */
    public record Nearest(GazetteerEntry place, double km) {
    }

    private record Zone(PreparedGeometry area, GazetteerEntry entry) {
    }

    private record Keyed(GazetteerEntry entry, String[] keys) {
    }

    private static final GeometryFactory GF = new GeometryFactory();
    private final List<Keyed> entries;
    private final List<GazetteerEntry> places;
    private final List<Zone> zones;

    private Gazetteer(List<Keyed> entries, List<GazetteerEntry> places, List<Zone> zones) {
        this.entries = entries;
        this.places = places;
        this.zones = zones;
    }

    /** Reads the basemap's {@code places} and {@code district_zones} layers (disk: not on the FX thread). */
    public static Gazetteer load(Path basemap) throws GeoPackageException {
        List<Keyed> entries = new ArrayList<>();
        List<GazetteerEntry> places = new ArrayList<>();
        List<Zone> zones = new ArrayList<>();
        try (GeoPackageReader r = GeoPackageReader.open(basemap)) {
            List<String> tables = r.featureTables();
            if (tables.contains("district_zones")) {
                for (GpkgFeature f : r.readAll("district_zones")) {
                    if (f.geometry() == null || f.geometry().isEmpty()) {
                        continue;
                    }
                    Map<String, Object> a = f.attributes();
                    Point inside = f.geometry().getInteriorPoint();
                    GazetteerEntry e = new GazetteerEntry(str(a.get("district")), GazetteerEntry.Kind.DISTRICT,
                            str(a.get("side")), str(a.get("district")), str(a.get("admin1_name")), inside.getX(),
                            inside.getY(), LocationPrecision.DISTRICT, 1);
                    zones.add(new Zone(PreparedGeometryFactory.prepare(f.geometry()), e));
                    entries.add(new Keyed(e, new String[] {TextDistance.key(e.name()), DistrictNames.normalise(e.name())}));
                }
            }
            if (tables.contains("places")) {
                for (GpkgFeature f : r.readAll("places")) {
                    if (f.geometry() == null || f.geometry().isEmpty()) {
                        continue;
                    }
                    Map<String, Object> a = f.attributes();
                    String ascii = str(a.get("name_ascii"));
                    String name = ascii != null ? ascii : str(a.get("name"));
                    Coordinate c = f.geometry().getCoordinate();
                    Object rank = a.get("label_rank");
                    GazetteerEntry e = new GazetteerEntry(name, GazetteerEntry.Kind.PLACE, str(a.get("country")),
                            str(a.get("district")), str(a.get("admin1_name")), c.x, c.y, LocationPrecision.SECTOR,
                            rank instanceof Number n ? n.intValue() : 2);
                    places.add(e);
                    entries.add(new Keyed(e, new String[] {TextDistance.key(name), TextDistance.key(str(a.get("name")))}));
                }
            }
        }
        for (SectorNames.Sector s : SectorNames.ALL) {
            for (Zone z : zones) {
                if (s.district().equals(z.entry().district()) && s.side().equals(z.entry().side())) {
                    GazetteerEntry d = z.entry();
                    entries.add(new Keyed(new GazetteerEntry(s.name(), GazetteerEntry.Kind.SECTOR, d.side(), d.district(),
                            d.admin1(), d.lon(), d.lat(), LocationPrecision.DISTRICT, 2),
                            new String[] {TextDistance.key(s.name())}));
                }
            }
        }
        return new Gazetteer(List.copyOf(entries), List.copyOf(places), List.copyOf(zones));
    }

    /** Up to {@code limit} entries for what the analyst typed, best first; empty for a blank query. */
    public List<Match> search(String query, int limit) {
        String q = TextDistance.key(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> queries = PlaceAliases.spellings(q);
        String districtKey = DistrictNames.normalise(q);
        List<Match> out = new ArrayList<>();
        for (Keyed k : entries) {
            int best = Integer.MAX_VALUE;
            String matched = null;
            for (String key : k.keys()) {
                for (String variant : queries) {
                    int s = score(variant, key);
                    if (k.entry().kind() == GazetteerEntry.Kind.DISTRICT && key.equals(districtKey)) {
                        s = 0;
                    }
                    if (s < best) {
                        best = s;
                        matched = key;
                    }
                }
            }
            if (best != Integer.MAX_VALUE) {
                out.add(new Match(k.entry(), best, matched));
            }
        }
        out.sort(Comparator.comparingInt(Match::score)
                .thenComparingInt(m -> m.entry().rank())
                .thenComparing(m -> m.entry().kind())
                .thenComparing(m -> m.entry().name()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Lower is better: 0 exact, 10+ prefix, 20+ word prefix, 30+edits near miss, 40+edits near-miss prefix; MAX_VALUE: no match. */
    static int score(String q, String key) {
        if (key.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (key.equals(q)) {
            return 0;
        }
        if (key.startsWith(q)) {
            return 10 + Math.min(9, key.length() - q.length());
        }
        if (key.contains(" " + q)) {
            return 20;
        }
        int allowed = TextDistance.allowedEdits(q.length());
        if (allowed == 0) {
            return Integer.MAX_VALUE;
        }
        int d = TextDistance.distance(q, key, allowed);
        if (d <= allowed) {
            return 30 + d;
        }
        if (key.length() > q.length()) {
            int p = TextDistance.distance(q, key.substring(0, q.length()), allowed);
            if (p <= allowed) {
                return 40 + p;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The basemap place nearest to (lon, lat), or null when the basemap has none. */
    public Nearest nearestPlace(double lon, double lat) {
        GazetteerEntry best = null;
        double bestKm = Double.MAX_VALUE;
        for (GazetteerEntry p : places) {
            double km = kilometres(lon, lat, p.lon(), p.lat());
            if (km < bestKm) {
                bestKm = km;
                best = p;
            }
        }
        return best == null ? null : new Nearest(best, bestKm);
    }

    /** The district zone containing (lon, lat), or null outside every zone. */
    public GazetteerEntry districtAt(double lon, double lat) {
        Point p = GF.createPoint(new Coordinate(lon, lat));
        for (Zone z : zones) {
            if (z.area().contains(p)) {
                return z.entry();
            }
        }
        return null;
    }

    public int size() {
        return entries.size();
    }

    /** Great-circle distance (haversine, mean Earth radius), accurate to well under 1% here. */
    public static double kilometres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
