package org.sitmap.districts.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sitmap.districts.District;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.districts.LocGeography;
import org.sitmap.districts.Sides;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.GeoPackageReader;
import org.sitmap.io.gpkg.GpkgFeature;

/**
 * Reads, from the basemap GeoPackage in EPSG:4326, what the district analysis needs: the default
 * district layer (the approximate {@code district_zones}), each side's administered land (the
 * {@code countries} polygons by their {@code administers} code) and the Line of Control (the
 * {@code boundaries} feature of class {@code loc}). Disk I/O: call from a worker. Stateless.
 */
public final class BasemapDistricts {

    /** Both things read from one basemap file. */
    public record Contents(DistrictLayer zones, LocGeography geography) {
    }

    private BasemapDistricts() {
    }

    public static Contents load(Path basemap) throws GeoPackageException {
        try (GeoPackageReader reader = GeoPackageReader.open(basemap)) {
            List<String> tables = reader.featureTables();
            for (String t : List.of("countries", "boundaries")) {
                if (!tables.contains(t)) {
                    throw new GeoPackageException(basemap + ": not a Sitmap basemap (no '" + t + "' layer)");
                }
            }
            List<Geometry> india = new ArrayList<>();
            List<Geometry> pakistan = new ArrayList<>();
            for (GpkgFeature f : reader.readAll("countries")) {
                Object side = f.attributes().get("administers");
                if (f.geometry() != null && Sides.INDIA.equals(side)) {
                    india.add(f.geometry());
                } else if (f.geometry() != null && Sides.PAKISTAN.equals(side)) {
                    pakistan.add(f.geometry());
                }
            }
            List<Geometry> loc = new ArrayList<>();
            for (GpkgFeature f : reader.readAll("boundaries")) {
                if ("loc".equals(f.attributes().get("class")) && f.geometry() != null) {
                    loc.add(f.geometry());
                }
            }
            if (loc.isEmpty()) {
                throw new GeoPackageException(basemap + ": the boundaries layer has no Line of Control (class 'loc')");
            }
            List<District> zones = new ArrayList<>();
            if (tables.contains("district_zones")) {
                for (GpkgFeature f : reader.readAll("district_zones")) {
                    if (f.geometry() != null && !f.geometry().isEmpty()) {
                        String name = String.valueOf(f.attributes().get("district"));
                        zones.add(new District(name, (String) f.attributes().get("side"),
                                (String) f.attributes().get("admin1_name"), f.geometry(), name));
                    }
                }
            }
            LocGeography geography = new LocGeography(union(india), union(pakistan),
                    loc.get(0).getFactory().buildGeometry(loc));
            DistrictLayer layer = new DistrictLayer("Approximate district zones (" + basemap.getFileName() + ")", true,
                    zones, "Approximate: Voronoi cells of GeoNames places, not official boundaries.");
            return new Contents(layer, geography);
        }
    }

    private static Geometry union(List<Geometry> parts) {
        return parts.isEmpty() ? null : GeometryFixer.fix(UnaryUnionOp.union(parts));
    }
}
