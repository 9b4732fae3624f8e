package org.sitmap.districts.io;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.sitmap.core.DistrictNames;
import org.sitmap.districts.District;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.districts.Sides;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.io.store.StoreException;

/**
 * Which district layer an incident file is analysed with, the same for the app and the CLI:
 * boundaries saved in the file ({@link DistrictBoundaryStore}) when there are any, else the
 * basemap's approximate zones. Also the names a loaded file's districts are matched against.
 * Disk and SQL: call from a worker. Stateless.
 */
public final class DistrictSources {

    private DistrictSources() {
    }

    public static DistrictLayer layerFor(Path incidentFile, BasemapDistricts.Contents basemap) throws StoreException {
        DistrictLayer saved = incidentFile == null ? null : DistrictBoundaryStore.load(incidentFile);
        return saved != null ? saved : basemap.zones();
    }

    /**
     * Side-qualified keys of the basemap's zones, and of the incidents' district names whose
     * first-level division names a side ({@link Sides#ofAdmin1}).
     */
    public static Set<String> knownKeys(DistrictLayer zones, IncidentTable incidents) {
        Set<String> keys = new HashSet<>();
        for (District d : zones.districts()) {
            keys.add(d.key());
        }
        if (incidents != null) {
            String[] sideOfAdmin1 = incidents.admin1s().stream().map(Sides::ofAdmin1).toArray(String[]::new);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < incidents.size(); i++) {
                long pair = ((long) incidents.districtCode(i) << 32) | incidents.admin1Code(i);
                if (seen.add(pair)) {
                    String name = incidents.districts().get(incidents.districtCode(i));
                    String side = sideOfAdmin1[incidents.admin1Code(i)];
                    if (!name.isBlank() && !side.isEmpty()) {
                        keys.add(side + ":" + DistrictNames.normalise(name, side));
                    }
                }
            }
        }
        return keys;
    }
}
