package org.sitmap.app;

import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.sitmap.districts.AnalysisWindows;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.DistrictRow;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictViewChoice;
import org.sitmap.districts.layer.Choropleth;
import org.sitmap.districts.layer.ChoroplethLayer;
import org.sitmap.districts.layer.DistrictShapes;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.timeline.TimeWindow;

/**
 * Runs district-table computations on a worker, newest request only: while one runs, further
 * requests replace each other, and the next run takes the latest — a slider drag costs at most one
 * computation behind the thumb. Results are handed to the FX thread. Thread-safe.
 */
final class DistrictRequests {

    /** Everything a computation needs, snapshotted on the FX thread. */
    record Request(DistrictAnalysis analysis, DistrictShapes shapes, AnalysisWindows windows, FilterCriteria criteria,
                   DistrictViewChoice choice, TimeWindow span, long pivotMs, String pivotLabel, boolean synthetic) {
    }

    /** The table, the choropleth layer, and the daily series of the selected district (or of all). */
    record Result(Request request, DistrictTable table, ChoroplethLayer choropleth, int[] daily, String dailyTitle,
                  LocalDate firstDay, double pivotDay, double[] beforeDays, double[] afterDays) {
    }

    private final Executor executor;
    private final Consumer<Result> onFx;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();

    DistrictRequests(Executor executor, Consumer<Result> onFx) {
        this.executor = executor;
        this.onFx = onFx;
    }

    void submit(Request r) {
        pending.set(r);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Request r = pending.getAndSet(null);
            if (r == null) {
                running.set(false);
                if (pending.get() != null && running.compareAndSet(false, true)) {
                    continue;
                }
                return;
            }
            Result result;
            try {
                result = compute(r);
            } catch (RuntimeException | Error e) {
                running.set(false);
                Platform.runLater(() -> { throw e; });
                return;
            }
            Platform.runLater(() -> onFx.accept(result));
        }
    }

    static Result compute(Request r) {
        DistrictTable table = r.analysis().compute(r.windows(), r.criteria());
        ChoroplethLayer layer = new ChoroplethLayer(r.shapes(), Choropleth.of(table, r.choice().metric()), r.windows(),
                table.layerTitle());
        int selected = -1;
        String title = "All districts: events per day";
        for (DistrictRow row : table.rows()) {
            if (row.district().key().equals(r.choice().selectedDistrict())) {
                selected = row.index();
                title = row.district().name() + " (" + row.district().sideName() + "): events per day";
            }
        }
        AnalysisWindows w = r.windows();
        TimeWindow span = new TimeWindow(Math.min(w.before().startMs(), w.after().startMs()),
                Math.max(w.before().endMs(), w.after().endMs()));
        var zone = w.zone().zone();
        LocalDate first = DistrictAnalysis.firstDay(span, zone);
        long firstMs = first.atStartOfDay(zone).toInstant().toEpochMilli();
        int[] daily = r.analysis().dailyCounts(selected, span, zone, r.criteria());
        double day = TimeWindow.DAY_MS;
        double pivotDay = r.pivotMs() >= span.startMs() && r.pivotMs() <= span.endMs()
                ? (r.pivotMs() - firstMs) / day : Double.NaN;
        return new Result(r, table, layer, daily, title, first, pivotDay,
                new double[] {(w.before().startMs() - firstMs) / day, (w.before().endMs() - firstMs) / day},
                new double[] {(w.after().startMs() - firstMs) / day, (w.after().endMs() - firstMs) / day});
    }
}
