package org.sitmap.districts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.core.DistrictNames;
import org.sitmap.incidents.IncidentTable;

/**
 * Assigns each incident of a table to a district. The incident's own district attribute comes
 * first: it is normalised per side ({@link DistrictNames#normalise(String, String)}, so "Punch",
 * "Baramula" or UCDP's "Neelam district" find Poonch, Baramulla and Neelum) and looked up among
 * the layer's districts. A name that exists on both sides (Poonch) is resolved by the incident's
 * first-level division when that names a side ({@link Sides#ofAdmin1}: UCDP places some Azad
 * Kashmir events on the Indian side of the drawn LoC), else by which side's land holds the
 * position; a name the layer has no polygon for still counts, as a district without a polygon on
 * that side (the source said so; the table notes it). Without a name the position decides (point in polygon). Anything left is unassigned,
 * with the reason. Work is per dictionary code, then one pass over the rows. Stateless.
 */
public final class DistrictAssigner {

    private static final int BY_POSITION = -1;
    private static final int BOTH_SIDES = -2;
    private static final int NOT_IN_LAYER = -3;

    private DistrictAssigner() {
    }

    public static DistrictAssignment assign(IncidentTable table, DistrictLayer layer, DistrictIndex index) {
        List<District> districts = new ArrayList<>(layer.districts());
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < districts.size(); i++) {
            byKey.putIfAbsent(districts.get(i).key(), i);
        }
        List<String> names = table.districts();
        int[] target = new int[names.size()];
        int[] inDistrict = new int[names.size()];
        int[] pkDistrict = new int[names.size()];
        for (int code = 0; code < names.size(); code++) {
            String raw = names.get(code);
            if (raw == null || raw.isBlank()) {
                target[code] = BY_POSITION;
                continue;
            }
            Integer in = byKey.get(Sides.INDIA + ":" + DistrictNames.normalise(raw, Sides.INDIA));
            Integer pk = byKey.get(Sides.PAKISTAN + ":" + DistrictNames.normalise(raw, Sides.PAKISTAN));
            inDistrict[code] = in == null ? -1 : in;
            pkDistrict[code] = pk == null ? -1 : pk;
            target[code] = in != null && pk != null ? BOTH_SIDES : in != null ? in : pk != null ? pk : NOT_IN_LAYER;
        }
        int n = table.size();
        int[] districtOfRow = new int[n];
        byte[] how = new byte[n];
        Map<String, Integer> extras = new HashMap<>();
        List<String> admin1s = table.admin1s();
        String[] admin1Side = new String[admin1s.size()];
        for (int k = 0; k < admin1Side.length; k++) {
            admin1Side[k] = Sides.ofAdmin1(admin1s.get(k));
        }
        for (int i = 0; i < n; i++) {
            int code = table.districtCode(i);
            int t = target[code];
            if (t >= 0) {
                districtOfRow[i] = t;
                how[i] = DistrictAssignment.BY_ATTRIBUTE;
            } else if (t == BOTH_SIDES) {
                String side = side(admin1Side[table.admin1Code(i)], index, table, i);
                int d = side.equals(Sides.INDIA) ? inDistrict[code] : side.equals(Sides.PAKISTAN) ? pkDistrict[code] : -1;
                districtOfRow[i] = d;
                how[i] = d >= 0 ? DistrictAssignment.BY_ATTRIBUTE : DistrictAssignment.NAME_BOTH_SIDES_OFF_LAND;
            } else if (t == NOT_IN_LAYER) {
                String side = side(admin1Side[table.admin1Code(i)], index, table, i);
                String key = DistrictNames.normalise(names.get(code), side);
                Integer d = extras.get(side + ":" + key);
                if (d == null) {
                    d = districts.size();
                    districts.add(new District(DistrictNames.titleCase(key), side, "", null, names.get(code)));
                    extras.put(side + ":" + key, d);
                }
                districtOfRow[i] = d;
                how[i] = DistrictAssignment.BY_ATTRIBUTE;
            } else {
                int d = index.districtAt(table.x(i), table.y(i));
                districtOfRow[i] = d;
                how[i] = d >= 0 ? DistrictAssignment.BY_POSITION : DistrictAssignment.NO_NAME_OUTSIDE;
            }
        }
        return new DistrictAssignment(layer, districts, districtOfRow, how);
    }

    private static String side(String fromAdmin1, DistrictIndex index, IncidentTable table, int row) {
        return fromAdmin1.isEmpty() ? index.sideAt(table.x(row), table.y(row)) : fromAdmin1;
    }
}
