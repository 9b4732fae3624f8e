package org.sitmap.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.District;
import org.sitmap.editing.Gazetteer;
import org.sitmap.editing.GazetteerEntry;
import org.sitmap.editing.IncidentDraft;

/**
 * Where a clicked position is, for the incident form: the place search ({@link Gazetteer}, read
 * from the basemap on first use, off the FX thread), the district from the district layer in use
 * (official boundaries when the user loaded them, else the basemap's approximate zones) and the
 * nearest place. FX thread only, apart from task bodies.
 */
final class PlaceLookup {

    static final double PREFILL_PLACE_KM = 15;
    private final MainWindow window;
    private volatile Gazetteer gazetteer;
    private volatile Path basemap;

    PlaceLookup(MainWindow window) {
        this.window = window;
    }

    /** The basemap the place search reads; it is loaded on first use (not at start-up). */
    void basemapOpened(Path file) {
        this.basemap = file;
        this.gazetteer = null;
    }

    /** The place search, or null before it is loaded (or when it could not be). */
    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Runs {@code then} on the FX thread once the place search is loaded (off the FX thread), or at once. */
    void withGazetteer(Runnable then) {
        Path file = basemap;
        if (gazetteer != null || file == null) {
            then.run();
            return;
        }
        window.statusBar().setStatus("Loading place names …");
        Task<Gazetteer> load = new Task<>() {
            @Override
            protected Gazetteer call() throws Exception {
                return Gazetteer.load(file);
            }
        };
        load.setOnSucceeded(e -> {
            gazetteer = load.getValue();
            window.statusBar().setStatus(String.format("%,d places and districts to search", gazetteer.size()));
            then.run();
        });
        load.setOnFailed(e -> {
            window.statusBar().setStatus("No place search: " + load.getException().getMessage());
            then.run();
        });
        window.background().execute(load);
    }

    /**
     * Fills the draft's district, admin1 and place for (lon, lat) off the FX thread, then hands it
     * to {@code then} on the FX thread.
     */
    void prefill(IncidentDraft d, double lon, double lat, Consumer<IncidentDraft> then) {
        DistrictAnalysis analysis = window.districts().analysis();
        BiFunction<Double, Double, District> official = analysis != null
                && !analysis.assignment().layer().approximate() ? analysis::districtAt : null;
        withGazetteer(() -> {
            Gazetteer g = gazetteer;
            Task<IncidentDraft> fill = new Task<>() {
                @Override
                protected IncidentDraft call() {
                    fillFrom(d, lon, lat, g, official);
                    return d;
                }
            };
            fill.setOnSucceeded(e -> then.accept(fill.getValue()));
            fill.setOnFailed(e -> then.accept(d));
            window.background().execute(fill);
        });
    }

    /**
     * Plain: the district from {@code official} (the loaded boundaries' lookup) when given and it
     * holds the point, else the gazetteer's zones.
     */
    static void fillFrom(IncidentDraft d, double lon, double lat, Gazetteer g,
                         BiFunction<Double, Double, District> official) {
        District inLayer = official == null ? null : official.apply(lon, lat);
        if (inLayer != null) {
            d.district = inLayer.name();
            d.admin1 = inLayer.admin1();
        } else if (g != null) {
            GazetteerEntry district = g.districtAt(lon, lat);
            if (district != null) {
                d.district = district.district();
                d.admin1 = district.admin1() == null ? "" : district.admin1();
            }
        }
        if (g == null) {
            return;
        }
        Gazetteer.Nearest near = g.nearestPlace(lon, lat);
        if (near != null && near.km() <= PREFILL_PLACE_KM) {
            d.location = near.place().name();
            d.positionNote = String.format(Locale.ROOT, "Clicked %.1f km from %s (%s district); type a place to"
                    + " take its position instead.", near.km(), near.place().name(), near.place().district());
        }
    }
}
