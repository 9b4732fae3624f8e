package org.sitmap.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.GeoPackageReader;
import org.sitmap.io.gpkg.GpkgFeature;

/**
 * What the demo generator needs from the basemap, read once: the LoC and Working Boundary as one
 * line, each side's administered land, the places (for location names) and the approximate
 * district zones (for district attributes). Immutable after construction; thread-safe reads.
 */
final class DemoGeography {

    record NamedPoint(String name, String side, double lon, double lat) {
    }

    record Zone(String district, String admin1, String side, PreparedGeometry area) {
    }

    final LengthIndexedLine line;
    final double lineLength;
    final PreparedGeometry india;
    final PreparedGeometry pakistan;
    final List<NamedPoint> places;
    final List<Zone> zones;

    private DemoGeography(LengthIndexedLine line, double lineLength, PreparedGeometry india,
                          PreparedGeometry pakistan, List<NamedPoint> places, List<Zone> zones) {
        this.line = line;
        this.lineLength = lineLength;
        this.india = india;
        this.pakistan = pakistan;
        this.places = places;
        this.zones = zones;
    }

    static DemoGeography read(Path basemap) throws GeoPackageException {
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> lines = new ArrayList<>();
        List<Geometry> india = new ArrayList<>();
        List<Geometry> pakistan = new ArrayList<>();
        List<NamedPoint> places = new ArrayList<>();
        List<Zone> zones = new ArrayList<>();
        try (GeoPackageReader r = GeoPackageReader.open(basemap)) {
            for (GpkgFeature f : r.readAll("boundaries")) {
                Object cls = f.attributes().get("class");
                if ("loc".equals(cls) || "working_boundary".equals(cls)) {
                    lines.add(f.geometry());
                }
            }
            for (GpkgFeature f : r.readAll("countries")) {
                Object side = f.attributes().get("administers");
                if ("IN".equals(side)) {
                    india.add(f.geometry());
                } else if ("PK".equals(side)) {
                    pakistan.add(f.geometry());
                }
            }
            for (GpkgFeature f : r.readAll("places")) {
                Object country = f.attributes().get("country");
                if (("IN".equals(country) || "PK".equals(country)) && f.geometry() instanceof Point p) {
                    places.add(new NamedPoint(String.valueOf(f.attributes().get("name_ascii")), (String) country,
                            p.getX(), p.getY()));
                }
            }
            for (GpkgFeature f : r.readAll("district_zones")) {
                zones.add(new Zone((String) f.attributes().get("district"), (String) f.attributes().get("admin1_name"),
                        (String) f.attributes().get("side"), PreparedGeometryFactory.prepare(f.geometry())));
            }
        }
        if (lines.isEmpty() || india.isEmpty() || pakistan.isEmpty()) {
            throw new GeoPackageException(basemap + ": the basemap lacks the LoC or the administered land");
        }
        LineString longest = null;
        var merger = new org.locationtech.jts.operation.linemerge.LineMerger();
        merger.add(gf.buildGeometry(lines).union());
        for (Object o : merger.getMergedLineStrings()) {
            LineString ls = (LineString) o;
            if (longest == null || ls.getLength() > longest.getLength()) {
                longest = ls;
            }
        }
        return new DemoGeography(new LengthIndexedLine(longest), longest.getLength(),
                PreparedGeometryFactory.prepare(gf.buildGeometry(india).union()),
                PreparedGeometryFactory.prepare(gf.buildGeometry(pakistan).union()), places, zones);
    }
}
