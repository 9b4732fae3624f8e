package org.sitmap.briefing.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.briefing.DemoBriefing;
import org.sitmap.briefing.SavedView;
import org.sitmap.core.IncidentType;
import org.sitmap.incidents.layer.IncidentSymbols;
import org.sitmap.map.style.LegendItem;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.IncidentFileLoader;
import org.sitmap.testsupport.TestPaths;

/** A briefing page's legend lists exactly the incident types the view's window(s) hold. */
class ViewLegendTest {

    private static final Path DEMO = Path.of("data/demo-incidents.gpkg");

    /** The types with at least one incident starting in [from, to), by SQL on the file. */
    private static Set<IncidentType> typesInFile(long from, long to, int minCasualties) throws Exception {
        Set<IncidentType> out = EnumSet.noneOf(IncidentType.class);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + DEMO);
             PreparedStatement ps = c.prepareStatement(
                     "SELECT DISTINCT type FROM incidents WHERE start_ms >= ? AND start_ms < ?"
                             + " AND coalesce(killed_total, 0) + coalesce(injured_total, 0) >= ?")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setInt(3, minCasualties);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(IncidentType.fromCode(rs.getString(1)).orElseThrow());
                }
            }
        }
        return out;
    }

    private static Set<IncidentType> typesInLegend(ComposedView c) {
        Set<String> toggles = c.legend().stream().map(LegendItem::toggleId).collect(Collectors.toSet());
        return EnumSet.allOf(IncidentType.class).stream().filter(t -> toggles.contains(IncidentSymbols.toggleId(t)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentType.class)));
    }

    @Test
    void eachDemoViewsLegendListsTheTypesItsWindowsHold() throws Exception {
        Basemap basemap = BasemapLoader.load(TestPaths.basemap());
        IncidentFile file = IncidentFileLoader.load(DEMO, basemap.projection());
        int fewer = 0;
        for (SavedView v : DemoBriefing.views()) {
            // the SQL below applies the window and the casualty minimum: the demo views filter nothing else
            assertTrue(v.state().hiddenTypes().isEmpty() && v.state().text().isEmpty() && v.state().sides().isEmpty()
                    && v.state().districts().isEmpty()
                    && v.state().hiddenReliability().isEmpty() && v.state().hiddenCredibility().isEmpty(), v.title());
            ComposedView c = ViewComposer.compose(basemap.content(), file, v, TextRows.of(file));
            Set<IncidentType> expected = typesInFile(v.state().window().startMs(), v.state().window().endMs(),
                    v.state().minCasualties());
            if (v.state().compare()) {
                expected.addAll(typesInFile(v.state().compareWindow().startMs(), v.state().compareWindow().endMs(),
                        v.state().minCasualties()));
            }
            assertEquals(expected, typesInLegend(c), v.title());
            assertTrue(c.legend().stream().anyMatch(i -> i.caption().equals("Line of Control")), v.title());
            fewer += expected.size() < IncidentType.values().length ? 1 : 0;
        }
        assertTrue(fewer > 0, "some demo view leaves a type out, so the test can tell");
    }
}
