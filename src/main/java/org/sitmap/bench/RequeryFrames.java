package org.sitmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.sitmap.core.Incident;
import org.sitmap.core.Projector;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.io.store.ImportOutcome;
import org.sitmap.io.store.IncidentImport;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;

/**
 * The slider frame done the old way, as the baseline: query the window from the incident
 * GeoPackage ({@link IncidentStore#query}, the time index), read the rows into columns
 * (projected), and draw them over the same cached basemap as {@link SliderFrames}; only the data
 * path differs. The GeoPackage holds the same synthetic incidents as the in-memory table; it is
 * built once with {@link IncidentSchema#create} and {@link IncidentImport#insertAll} and reused
 * while its description names the same (n, seed). Owns one read-only connection; one thread.
 */
public final class RequeryFrames implements AutoCloseable {

    private final IncidentStore store;
    private final Projector projector;

    private RequeryFrames(IncidentStore store, Projector projector) {
        this.store = store;
        this.projector = projector;
    }

    /** What {@link #open} found: the store, and whether it had to be built. */
    public record Opened(RequeryFrames frames, boolean built, double buildSeconds) {
    }

    /**
     * Opens {@code db}, building it from {@code SyntheticIncidents.generate(n, seed)} when it is
     * missing; an existing file is reused when it was built for the same rows, replaced when
     * {@code replaceStale}, else refused.
     */
    public static Opened open(Path db, int n, long seed, boolean replaceStale, Projector projector)
            throws StoreException {
        String tag = "sitmap bench frame: n=" + n + " seed=" + seed;
        if (Files.exists(db)) {
            IncidentStore existing = IncidentStore.openReadOnly(db);
            String description = existing.metadata().get(IncidentSchema.KEY_DESCRIPTION);
            if (description != null && description.endsWith(tag)
                    && existing.count() == n) {
                return new Opened(new RequeryFrames(existing, projector), false, 0);
            }
            existing.close();
            if (!replaceStale) {
                throw new StoreException(db + ": not a bench database for n=" + n + " seed=" + seed
                        + "; name a new file with --db");
            }
        }
        long t0 = System.nanoTime();
        SyntheticIncidents data = SyntheticIncidents.generate(n, seed);
        IncidentSchema.create(db, true, tag, true);
        try (IncidentStore w = IncidentStore.openWritable(db)) {
            ImportOutcome outcome = new IncidentImport(w).insertAll("bench-frame", data.records());
            if (!outcome.committed() || outcome.added() != data.size()) {
                throw new StoreException(db + ": bench rows did not land whole: " + outcome.summary());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Opened(new RequeryFrames(IncidentStore.openReadOnly(db), projector), true, seconds);
    }

    /** Queries [fromMs, toMs) and reads it into a table: the data half of a re-query frame. */
    public IncidentTable query(long fromMs, long toMs) throws StoreException {
        List<Incident> rows = store.query(Instant.ofEpochMilli(fromMs), Instant.ofEpochMilli(toMs));
        int n = rows.size();
        long[] start = new long[n];
        long[] end = new long[n];
        float[] x = new float[n];
        float[] y = new float[n];
        byte[] type = new byte[n];
        short[] killed = new short[n];
        short[] injured = new short[n];
        for (int i = 0; i < n; i++) {
            Incident in = rows.get(i);
            start[i] = in.startUtc().toEpochMilli();
            end[i] = in.endUtc().toEpochMilli();
            x[i] = (float) projector.xOf(in.lon());
            y[i] = (float) projector.yOf(in.lat());
            type[i] = (byte) in.type().ordinal();
            killed[i] = (short) Math.min(Short.MAX_VALUE, in.killed());
            injured[i] = (short) Math.min(Short.MAX_VALUE, in.injured());
        }
        return IncidentTable.ofColumns(start, end, x, y, type, killed, injured);
    }

    /** One whole re-query frame: query, read, draw over the cached basemap of {@code frames}. */
    public int frame(SliderFrames frames, long fromMs, long toMs) throws StoreException {
        IncidentTable t = query(fromMs, toMs);
        frames.draw(new IncidentLayer(t));
        return t.size();
    }

    @Override
    public void close() {
        store.close();
    }
}
