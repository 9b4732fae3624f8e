package org.sitmap.basemap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Classifies the shared arcs of a {@link Topology} into boundary lines. Arcs are recognised by the
 * pair of countries sharing them, never by arc number. The India–Pakistan arcs are merged into one
 * line, checked to run between NJ9842 and the Arabian Sea, oriented from NJ9842 and split at the
 * vertices nearest to {@link BasemapSchema#WORKING_BOUNDARY_START} and
 * {@link BasemapSchema#WORKING_BOUNDARY_END} into {@code loc}, {@code working_boundary} and
 * {@code international_border} (each split vertex belongs to both pieces, so the line stays
 * continuous). Pakistan–Siachen is the {@code agpl}; India–China and China–Siachen are
 * {@code china_india}; India–Siachen (internal to Indian administration) is skipped; any other
 * shared arc meeting the region is {@code other}. Left/right countries are found by probing a
 * point just left and right of the line's segments. Stateless; thread-safe.
 */
public final class BoundaryClassifier {
    /** Largest accepted distance, in degrees, between an expected point and the arc vertex found for it. */
    private static final double MAX_ANCHOR_OFFSET_DEG = 0.05;
    private static final double PROBE_OFFSET_DEG = 0.005;
    private static final String EN_DASH = "\u2013";

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

    public List<BoundaryLine> classify(Topology topology, String sourceLabel) throws BasemapException {
        Geometry region = factory.toGeometry(BasemapSchema.REGION);
        Map<String, PreparedGeometry> areas = new LinkedHashMap<>();
        topology.countries().forEach(c -> areas.put(c.name(), PreparedGeometryFactory.prepare(c.geometry())));
        List<BoundaryLine> result = new ArrayList<>(splitIndiaPakistan(topology, sourceLabel, region, areas));
        Map<String, List<LineString>> groups = new LinkedHashMap<>();
        for (Topology.Arc arc : topology.arcs()) {
            Set<String> pair = arc.countries();
            if (pair.size() != 2 || !arc.line().getEnvelopeInternal().intersects(BasemapSchema.REGION)
                    || pair.equals(Set.of(BasemapSchema.INDIA, BasemapSchema.PAKISTAN))
                    || pair.equals(Set.of(BasemapSchema.INDIA, BasemapSchema.SIACHEN))) {
                continue;
            }
            groups.computeIfAbsent(String.join(EN_DASH, new TreeSet<>(pair)), k -> new ArrayList<>()).add(arc.line());
        }
        for (Map.Entry<String, List<LineString>> group : groups.entrySet()) {
            Set<String> pair = Set.of(group.getKey().split(EN_DASH));
            String boundaryClass;
            String name;
            if (pair.equals(Set.of(BasemapSchema.PAKISTAN, BasemapSchema.SIACHEN))) {
                boundaryClass = BasemapSchema.CLASS_AGPL;
                name = "AGPL (Siachen)";
            } else if (pair.equals(Set.of(BasemapSchema.INDIA, BasemapSchema.CHINA))
                    || pair.equals(Set.of(BasemapSchema.CHINA, BasemapSchema.SIACHEN))) {
                boundaryClass = BasemapSchema.CLASS_CHINA_INDIA;
                name = "India" + EN_DASH + "China line";
            } else {
                boundaryClass = BasemapSchema.CLASS_OTHER;
                name = group.getKey();
            }
            for (LineString line : merge(group.getValue())) {
                add(result, boundaryClass, name, line, region, areas);
            }
        }
        return result;
    }

    private List<BoundaryLine> splitIndiaPakistan(Topology topology, String label, Geometry region,
            Map<String, PreparedGeometry> areas)
            throws BasemapException {
        List<LineString> arcs = topology.arcs().stream()
                .filter(a -> a.countries().equals(Set.of(BasemapSchema.INDIA, BasemapSchema.PAKISTAN)))
                .map(Topology.Arc::line).toList();
        List<LineString> merged = merge(arcs);
        if (merged.size() != 1) {
            throw new BasemapException(label + ": India" + EN_DASH + "Pakistan boundary: expected one continuous line, found "
                    + merged.size());
        }
        Coordinate[] line = merged.get(0).getCoordinates();
        if (line[0].distance(BasemapSchema.NJ9842) > line[line.length - 1].distance(BasemapSchema.NJ9842)) {
            line = reversed(line);
        }
        if (line[0].distance(BasemapSchema.NJ9842) > MAX_ANCHOR_OFFSET_DEG) {
            throw new BasemapException(label + ": India" + EN_DASH + "Pakistan boundary: no end near NJ9842 (nearest "
                    + line[0] + ")");
        }
        int start = nearestVertex(line, BasemapSchema.WORKING_BOUNDARY_START, label);
        int end = nearestVertex(line, BasemapSchema.WORKING_BOUNDARY_END, label);
        if (!(0 < start && start < end && end < line.length - 1)) {
            throw new BasemapException(label + ": India" + EN_DASH + "Pakistan boundary: split vertices out of order ("
                    + start + ", " + end + " of " + line.length + ")");
        }
        List<BoundaryLine> pieces = new ArrayList<>();
        add(pieces, BasemapSchema.CLASS_LOC, "Line of Control", piece(line, 0, start), region, areas);
        add(pieces, BasemapSchema.CLASS_WORKING_BOUNDARY, "Working Boundary", piece(line, start, end), region,
                areas);
        add(pieces, BasemapSchema.CLASS_INTERNATIONAL_BORDER, "International Border",
                piece(line, end, line.length - 1), region, areas);
        return pieces;
    }

    private void add(List<BoundaryLine> out, String boundaryClass, String name, LineString line, Geometry region,
            Map<String, PreparedGeometry> areas) {
        List<LineString> merged;
        if (BasemapSchema.REGION.covers(line.getEnvelopeInternal())) {
            merged = List.of(line);
        } else {
            @SuppressWarnings("unchecked")
            List<LineString> parts = LineStringExtracter.getLines(line.intersection(region));
            merged = merge(parts);
        }
        if (merged.isEmpty()) {
            return;
        }
        MultiLineString geometry = factory.createMultiLineString(merged.toArray(new LineString[0]));
        out.add(new BoundaryLine(boundaryClass, name, side(line, areas, 1), side(line, areas, -1), geometry));
    }

    /** The country found most often just left (sign 1) or right (sign -1) of the line's segments. */
    private String side(LineString line, Map<String, PreparedGeometry> areas, int sign) {
        Map<String, Integer> votes = new HashMap<>();
        Coordinate[] c = line.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            double dx = c[i + 1].x - c[i].x;
            double dy = c[i + 1].y - c[i].y;
            double length = Math.hypot(dx, dy);
            if (length == 0) {
                continue;
            }
            Coordinate probe = new Coordinate((c[i].x + c[i + 1].x) / 2 - sign * dy / length * PROBE_OFFSET_DEG,
                    (c[i].y + c[i + 1].y) / 2 + sign * dx / length * PROBE_OFFSET_DEG);
            var point = factory.createPoint(probe);
            for (Map.Entry<String, PreparedGeometry> area : areas.entrySet()) {
                if (area.getValue().contains(point)) {
                    votes.merge(area.getKey(), 1, Integer::sum);
                    break;
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int nearestVertex(Coordinate[] line, Coordinate target, String label) throws BasemapException {
        int best = 0;
        for (int i = 1; i < line.length; i++) {
            if (line[i].distance(target) < line[best].distance(target)) {
                best = i;
            }
        }
        if (line[best].distance(target) > MAX_ANCHOR_OFFSET_DEG) {
            throw new BasemapException(label + ": India" + EN_DASH + "Pakistan boundary: no vertex near " + target);
        }
        return best;
    }

    private LineString piece(Coordinate[] line, int from, int to) {
        return factory.createLineString(Arrays.copyOfRange(line, from, to + 1));
    }

    private static Coordinate[] reversed(Coordinate[] line) {
        Coordinate[] copy = line.clone();
        Collections.reverse(Arrays.asList(copy));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<LineString> merge(Collection<LineString> lines) {
        LineMerger merger = new LineMerger();
        merger.add(lines);
        return new ArrayList<>(merger.getMergedLineStrings());
    }
}
