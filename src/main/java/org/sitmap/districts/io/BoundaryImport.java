package org.sitmap.districts.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.sitmap.core.DistrictNames;
import org.sitmap.districts.District;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.districts.LocGeography;
import org.sitmap.districts.Sides;

/**
 * Turns boundary files into the district layer the analysis uses, clipped by side of the LoC.
 * Each file is taken as drawn from one administering side: the side whose administered land holds
 * most of its features' interior points (datta07's J&amp;K and Ladakh files → India, datameet's
 * Azad Kashmir / Gilgit-Baltistan → Pakistan). Each polygon is clipped to that side's land, because
 * claim-line files (datta07 follows India's claim) overlap the other side's districts; a polygon
 * keeping under {@value #MIN_KEPT} of its area, or named like a known district of the other side only,
 * is a claim on the other side's territory and is dropped (datta07's Muzaffarabad and Mirpur: the
 * latter keeps 10 % of its area east of the drawn LoC, a slip between the two files' lines). Names are normalised per side; the report says for
 * each feature which canonical name it became, the alias used, and whether a known district
 * (the basemap's zones, the incidents' district names) has that name. Stateless.
 */
public final class BoundaryImport {

    public static final double MIN_KEPT = 0.05;
    public static final String CLIP_NOTE = "Clipped to each side's administered land: claim-line files (datta07 "
            + "follows India's claim) overlap Pakistan-administered areas.";

    /** One file and the attribute holding district names. */
    public record Input(BoundaryFile file, String nameField) {
    }

    private BoundaryImport() {
    }

    /** @param knownKeys side-qualified keys ({@code IN:poonch}) of districts the user already has */
    public static LoadedBoundaries build(List<Input> inputs, LocGeography geography, Set<String> knownKeys) {
        Map<String, District> byKey = new LinkedHashMap<>();
        List<NameMatch> report = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Input in : inputs) {
            String side = sideOf(in.file(), geography);
            Geometry land = geography.land(side);
            String fileName = in.file().file().getFileName().toString();
            files.add(fileName + " (" + in.nameField() + ", " + Sides.name(side) + ")");
            Map<String, Geometry> merged = new LinkedHashMap<>();
            Map<String, String> rawNames = new LinkedHashMap<>();
            Map<String, Double> originalArea = new LinkedHashMap<>();
            for (BoundaryFile.Feature f : in.file().features()) {
                Object v = f.attributes().get(in.nameField());
                String raw = v == null ? "" : v.toString().strip();
                String key = DistrictNames.normalise(raw.isEmpty() ? "(unnamed)" : raw, side);
                merged.merge(key, f.lonLat(), Geometry::union);
                rawNames.putIfAbsent(key, raw);
                originalArea.merge(key, f.lonLat().getArea(), Double::sum);
            }
            for (Map.Entry<String, Geometry> e : merged.entrySet()) {
                String key = e.getKey();
                String raw = rawNames.get(key);
                Geometry clipped = land == null ? e.getValue() : GeometryFixer.fix(e.getValue().intersection(land));
                double kept = originalArea.get(key) == 0 ? 0 : clipped.getArea() / originalArea.get(key);
                String canonical = DistrictNames.titleCase(key);
                String alias = DistrictNames.usesAlias(raw, side) ? raw + " → " + canonical : "";
                NameMatch.Status status;
                String other = Sides.INDIA.equals(side) ? Sides.PAKISTAN : Sides.INDIA;
                boolean otherSidesDistrict = !knownKeys.contains(side + ":" + key) && knownKeys.contains(other + ":" + key);
                if (kept < MIN_KEPT || clipped.isEmpty() || otherSidesDistrict) {
                    status = NameMatch.Status.DROPPED_CLAIM;
                } else if (byKey.containsKey(side + ":" + key)) {
                    status = NameMatch.Status.DUPLICATE;
                } else {
                    status = knownKeys.contains(side + ":" + key) ? NameMatch.Status.MATCHED : NameMatch.Status.NEW;
                    byKey.put(side + ":" + key, new District(canonical, side, "", clipped, raw));
                }
                report.add(new NameMatch(fileName, raw, side, canonical, alias, status, Math.min(1, kept)));
            }
        }
        DistrictLayer layer = new DistrictLayer("Loaded boundaries: " + String.join("; ", files), false,
                new ArrayList<>(byKey.values()), CLIP_NOTE);
        return new LoadedBoundaries(layer, report);
    }

    /** The side whose land holds most of the file's features' interior points ("" when neither). */
    static String sideOf(BoundaryFile file, LocGeography geography) {
        int in = 0;
        int pk = 0;
        for (BoundaryFile.Feature f : file.features()) {
            Geometry p = f.lonLat().getInteriorPoint();
            if (geography.indiaLand() != null && geography.indiaLand().covers(p)) {
                in++;
            } else if (geography.pakistanLand() != null && geography.pakistanLand().covers(p)) {
                pk++;
            }
        }
        return in == 0 && pk == 0 ? "" : in >= pk ? Sides.INDIA : Sides.PAKISTAN;
    }

    /** A one-paragraph summary of a report for status lines and the CLI. */
    public static String summary(LoadedBoundaries b) {
        return String.format(Locale.ROOT, "%d districts loaded: %d matched known names, %d new names, %d dropped as "
                + "claims on the other side, %d duplicates. %s", b.layer().districts().size(),
                b.count(NameMatch.Status.MATCHED), b.count(NameMatch.Status.NEW), b.count(NameMatch.Status.DROPPED_CLAIM),
                b.count(NameMatch.Status.DUPLICATE), CLIP_NOTE);
    }
}
