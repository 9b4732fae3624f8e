package org.sitmap.map.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The data of a layer, prepared for fast drawing: features in projected units, an STRtree over
 * their envelopes for culling, and simplified copies of every geometry at a few tolerances so
 * that a zoomed-out view draws far fewer vertices. Built once, then read-only and safe to query
 * from any thread.
 */
public final class FeatureSet {

    /** Simplification tolerances in world units (metres), finest first. */
    static final double[] LOD_TOLERANCES = {120, 500, 2_000, 8_000};
    /** A level is used when its tolerance is at most this many pixels at the current scale. */
    static final double MAX_ERROR_PX = 0.6;

    private final List<MapFeature> features;
    private final Geometry[][] simplified;
    private final STRtree index = new STRtree();
    private final Envelope bounds = new Envelope();
    /** Lazily computed label anchors of polygonal features; a benign race may compute one twice. */
    private final Point[] labelPoints;

    public FeatureSet(List<MapFeature> features) {
        this.features = List.copyOf(features);
        this.labelPoints = new Point[this.features.size()];
        this.simplified = new Geometry[LOD_TOLERANCES.length][];
        for (int level = 0; level < LOD_TOLERANCES.length; level++) {
            simplified[level] = new Geometry[this.features.size()];
        }
        for (int i = 0; i < this.features.size(); i++) {
            Geometry g = this.features.get(i).geometry();
            bounds.expandToInclude(g.getEnvelopeInternal());
            index.insert(g.getEnvelopeInternal(), i);
            for (int level = 0; level < LOD_TOLERANCES.length; level++) {
                simplified[level][i] = simplify(g, LOD_TOLERANCES[level]);
            }
        }
        index.build();
    }

    public static FeatureSet empty() {
        return new FeatureSet(List.of());
    }

    private static Geometry simplify(Geometry g, double tolerance) {
        if (g.getNumPoints() < 8) {
            return g;
        }
        return g instanceof Polygonal
                ? TopologyPreservingSimplifier.simplify(g, tolerance)
                : DouglasPeuckerSimplifier.simplify(g, tolerance);
    }

    public int size() {
        return features.size();
    }

    public MapFeature feature(int i) {
        return features.get(i);
    }

    public List<MapFeature> features() {
        return features;
    }

    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /** Calls {@code visitor} with the index of every feature whose envelope meets {@code world}. */
    public void query(Envelope world, IntConsumer visitor) {
        List<Integer> hits = new ArrayList<>();
        index.query(world, item -> hits.add((Integer) item));
        hits.sort(null);
        for (Integer i : hits) {
            visitor.accept(i);
        }
    }

    /**
     * Where a label for polygonal feature {@code i} goes: the centre of its largest part's maximum
     * inscribed circle (the pole of inaccessibility), computed once to 1/200 of the part's size.
     */
    public Point labelPoint(int i) {
        Point p = labelPoints[i];
        if (p == null) {
            Geometry g = features.get(i).geometry();
            Geometry largest = g.getGeometryN(0);
            for (int k = 1; k < g.getNumGeometries(); k++) {
                if (g.getGeometryN(k).getArea() > largest.getArea()) {
                    largest = g.getGeometryN(k);
                }
            }
            Envelope e = largest.getEnvelopeInternal();
            double tolerance = Math.max(e.getWidth(), e.getHeight()) / 200.0;
            p = largest instanceof Polygonal && tolerance > 0
                    ? MaximumInscribedCircle.getCenter(largest, tolerance) : largest.getInteriorPoint();
            labelPoints[i] = p;
        }
        return p;
    }

    /** The geometry of feature {@code i} simplified as far as is invisible at this resolution. */
    public Geometry geometryFor(int i, double unitsPerPixel) {
        Geometry best = features.get(i).geometry();
        for (int level = 0; level < LOD_TOLERANCES.length; level++) {
            if (LOD_TOLERANCES[level] <= MAX_ERROR_PX * unitsPerPixel) {
                best = simplified[level][i];
            }
        }
        return best;
    }
}
