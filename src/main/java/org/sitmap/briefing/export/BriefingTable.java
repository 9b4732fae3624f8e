package org.sitmap.briefing.export;

import java.util.List;

/**
 * A table printed beside a view's map (e.g. the district table, or incidents by type): a title,
 * column headers and rows of display strings, already formatted. Immutable.
 */
public record BriefingTable(String title, List<String> headers, List<List<String>> rows) {

    public BriefingTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("table '" + title + "': a row has " + r.size() + " cells, the header "
                        + headers.size());
            }
        }
    }
}
