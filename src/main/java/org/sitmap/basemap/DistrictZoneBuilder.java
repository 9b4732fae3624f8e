package org.sitmap.basemap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.sitmap.core.DistrictNames;

/**
 * Builds APPROXIMATE district polygons for one side of the LoC: Voronoi cells of all that country's
 * GeoNames places in {@link BasemapSchema#VORONOI_WINDOW} (so cells at the edge of a wanted district
 * are bounded by the neighbouring districts' places), dissolved by admin2 code, clipped to the
 * side's administered land and filtered to the wanted districts. The diagram is computed in a
 * local equirectangular plane ({@code x = lon·cos 33°}, {@code y = lat}) so cells are not stretched
 * east–west, then mapped back to lon/lat. Output polygons are valid (fixed with GeometryFixer when
 * needed). Stateless; thread-safe.
 */
public final class DistrictZoneBuilder {
    static final double LON_SCALE = Math.cos(Math.toRadians(33.0));
    public static final String METHOD = "Voronoi cells of GeoNames places dissolved by admin2 code, "
            + "clipped to the administered land of the side";

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

    /**
     * @param side {@code IN} or {@code PK}; also the GeoNames country code of the sites
     * @param land the side's administered land (EPSG:4326)
     * @param wanted which places' districts to output
     */
    public List<DistrictZone> build(String side, List<Place> places, Geometry land, Predicate<Place> wanted) {
        Map<Coordinate, Place> sites = new LinkedHashMap<>();
        for (Place place : places) {
            if (place.country().equals(side) && place.admin2Code() != null
                    && BasemapSchema.VORONOI_WINDOW.contains(place.lonDeg(), place.latDeg())) {
                sites.putIfAbsent(new Coordinate(place.lonDeg() * LON_SCALE, place.latDeg()), place);
            }
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites.keySet());
        Envelope window = BasemapSchema.VORONOI_WINDOW;
        voronoi.setClipEnvelope(new Envelope(window.getMinX() * LON_SCALE, window.getMaxX() * LON_SCALE,
                window.getMinY(), window.getMaxY()));
        Geometry cells = voronoi.getDiagram(factory);
        Map<String, List<Geometry>> cellsByDistrict = new LinkedHashMap<>();
        Map<String, Place> representative = new HashMap<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            Place place = sites.get((Coordinate) cell.getUserData());
            if (place != null && wanted.test(place)) {
                cellsByDistrict.computeIfAbsent(place.admin2Code(), k -> new ArrayList<>()).add(cell);
                representative.putIfAbsent(place.admin2Code(), place);
            }
        }
        List<DistrictZone> zones = new ArrayList<>();
        for (Map.Entry<String, List<Geometry>> entry : cellsByDistrict.entrySet()) {
            Geometry dissolved = toLonLat(UnaryUnionOp.union(entry.getValue()));
            Geometry clipped = GeometryFixer.fix(dissolved.intersection(land));
            MultiPolygon polygons = TopoJsonReader.toMultiPolygon(clipped, factory);
            if (!polygons.isEmpty()) {
                Place place = representative.get(entry.getKey());
                zones.add(new DistrictZone(place.district(), entry.getKey(), place.admin1Name(), side, METHOD,
                        polygons));
            }
        }
        return zones;
    }

    /** Places of Indian J&K (IN.12) and Ladakh (IN.41). */
    public static Predicate<Place> indianKashmir() {
        return p -> Set.of("IN.12", "IN.41").contains(p.admin1Code());
    }

    /** Places of Azad Kashmir (PK.06), Gilgit-Baltistan (PK.07) and Sialkot/Narowal in Punjab (PK.04). */
    public static Predicate<Place> pakistaniKashmirAndWorkingBoundary() {
        return p -> Set.of("PK.06", "PK.07").contains(p.admin1Code()) || ("PK.04".equals(p.admin1Code())
                && p.district() != null && Set.of("sialkot", "narowal").contains(DistrictNames.normalise(p.district())));
    }

    private static Geometry toLonLat(Geometry scaled) {
        Geometry copy = scaled.copy();
        copy.apply((CoordinateFilter) c -> c.x = c.x / LON_SCALE);
        copy.geometryChanged();
        return copy;
    }
}
