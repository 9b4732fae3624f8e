package org.sitmap.districts.io;

import java.util.List;
import org.sitmap.districts.DistrictLayer;

/** Boundaries built from files: the district layer to use and the name-matching report. Immutable. */
public record LoadedBoundaries(DistrictLayer layer, List<NameMatch> report) {

    public LoadedBoundaries {
        report = List.copyOf(report);
    }

    public long count(NameMatch.Status status) {
        return report.stream().filter(m -> m.status() == status).count();
    }
}
