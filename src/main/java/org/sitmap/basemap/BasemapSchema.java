package org.sitmap.basemap;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.io.gpkg.Column;

/**
 * The one place that fixes what {@code maps/kashmir.gpkg} contains: the basemap region, the places
 * window, the LoC split points, the layer (table) names, their columns and the boundary classes.
 * Constants only; immutable and thread-safe. All coordinates are EPSG:4326 lon/lat degrees.
 */
public final class BasemapSchema {
    /** Region of the basemap: lon 66..82, lat 23..38.5. */
    public static final Envelope REGION = new Envelope(66.0, 82.0, 23.0, 38.5);
    /** Window of the {@code places} layer: lon 70..82, lat 29..38. */
    public static final Envelope PLACES_WINDOW = new Envelope(70.0, 82.0, 29.0, 38.0);
    /** Window of the Voronoi sites for district zones: wide so edge cells are bounded by neighbours. */
    public static final Envelope VORONOI_WINDOW = new Envelope(60.0, 90.0, 20.0, 42.0);
    public static final List<String> PLACE_COUNTRIES = List.of("IN", "PK", "CN", "AF", "NP");

    /** NJ9842, the northern end of the Line of Control. */
    public static final Coordinate NJ9842 = new Coordinate(77.0498, 35.1111);
    /** Where the Line of Control ends and the Working Boundary begins. */
    public static final Coordinate WORKING_BOUNDARY_START = new Coordinate(74.307, 32.810);
    /** Where the Working Boundary ends and the International Border begins. */
    public static final Coordinate WORKING_BOUNDARY_END = new Coordinate(75.298, 32.332);

    public static final String COUNTRIES = "countries";
    public static final String BOUNDARIES = "boundaries";
    public static final String PLACES = "places";
    public static final String DISTRICT_ZONES = "district_zones";
    public static final String INFO = "basemap_info";

    public static final String CLASS_LOC = "loc";
    public static final String CLASS_WORKING_BOUNDARY = "working_boundary";
    public static final String CLASS_INTERNATIONAL_BORDER = "international_border";
    public static final String CLASS_AGPL = "agpl";
    public static final String CLASS_CHINA_INDIA = "china_india";
    public static final String CLASS_OTHER = "other";

    public static final String INDIA = "India";
    public static final String PAKISTAN = "Pakistan";
    public static final String CHINA = "China";
    public static final String SIACHEN = "Siachen Glacier";

    public static final List<Column> COUNTRY_COLUMNS = List.of(Column.of("name", "TEXT"),
            Column.of("iso_n3", "TEXT"), Column.of("administers", "TEXT"));
    public static final List<Column> BOUNDARY_COLUMNS = List.of(Column.of("class", "TEXT"), Column.of("name", "TEXT"),
            Column.of("left_country", "TEXT"), Column.of("right_country", "TEXT"));
    public static final List<Column> PLACE_COLUMNS = List.of(Column.of("name", "TEXT"),
            Column.of("name_ascii", "TEXT"), Column.of("country", "TEXT"), Column.of("admin1_code", "TEXT"),
            Column.of("admin1_name", "TEXT"), Column.of("admin2_code", "TEXT"), Column.of("district", "TEXT"),
            Column.of("population", "INTEGER"), Column.of("label_rank", "INTEGER"));
    public static final List<Column> DISTRICT_COLUMNS = List.of(Column.of("district", "TEXT"),
            Column.of("admin2_code", "TEXT"), Column.of("admin1_name", "TEXT"), Column.of("side", "TEXT"),
            Column.of("approximate", "INTEGER"), Column.of("method", "TEXT"));
    public static final List<Column> INFO_COLUMNS = List.of(new Column("key", "TEXT", true),
            Column.of("value", "TEXT"));

    /** ISO 3166 numeric → alpha-2 for the states in or near the region; Siachen Glacier is held by India. */
    static final Map<String, String> ISO_N3_TO_ADMINISTERS = Map.ofEntries(Map.entry("356", "IN"),
            Map.entry("586", "PK"), Map.entry("156", "CN"), Map.entry("004", "AF"), Map.entry("524", "NP"),
            Map.entry("762", "TJ"), Map.entry("860", "UZ"), Map.entry("795", "TM"), Map.entry("364", "IR"),
            Map.entry("417", "KG"), Map.entry("050", "BD"), Map.entry("064", "BT"));

    private BasemapSchema() {
    }

    /** ISO2 of the state administering a Natural Earth admin-0 unit, or null when not known here. */
    public static String administers(String name, String isoN3) {
        if (SIACHEN.equals(name)) {
            return "IN";
        }
        return isoN3 == null ? null : ISO_N3_TO_ADMINISTERS.get(isoN3);
    }
}
