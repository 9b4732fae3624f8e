package org.sitmap.basemap;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A decoded TopoJSON {@code countries} object: the countries (Natural Earth admin-0 units) whose
 * extent meets the area of interest, as valid EPSG:4326 multipolygons, and every arc with the names
 * of the countries whose rings use it (one name: coastline; two: a shared land boundary).
 * Immutable value; thread-safe.
 */
public record Topology(List<Country> countries, List<Arc> arcs) {
    public Topology {
        countries = List.copyOf(countries);
        arcs = List.copyOf(arcs);
    }

    /** A country: Natural Earth name, ISO numeric id (null for units such as Siachen Glacier) and geometry. */
    public record Country(String name, String isoN3, MultiPolygon geometry) {
    }

    /** An arc in its stored direction, with the names of the countries sharing it. */
    public record Arc(int index, LineString line, Set<String> countries) {
        public Arc {
            countries = Set.copyOf(countries);
        }
    }

    /** The country with this Natural Earth name, or null. */
    public Country country(String name) {
        return countries.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
