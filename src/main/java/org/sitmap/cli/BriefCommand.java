package org.sitmap.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.basemap.BasemapLocator;
import org.sitmap.briefing.BannerSettings;
import org.sitmap.briefing.BriefingException;
import org.sitmap.briefing.BriefingSources;
import org.sitmap.briefing.BriefingStore;
import org.sitmap.briefing.SavedView;
import org.sitmap.briefing.districts.DistrictBriefing;
import org.sitmap.briefing.export.BriefingInput;
import org.sitmap.briefing.export.PageTheme;
import org.sitmap.briefing.export.PdfBriefingWriter;
import org.sitmap.briefing.export.PngViewWriter;
import org.sitmap.briefing.export.TextRows;
import org.sitmap.briefing.export.TypeCountTable;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.store.StoreException;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.IncidentFileLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap brief}: the briefing saved in an incident file, headless — the same PDF the app
 * exports (a page per view plus sources, views with a district choice with their district table,
 * choropleth and bands), or one view as a PNG when {@code --out} ends in .png.
 * Prints pages, size and time. Exit 0 on success, 2 on bad input with a one-line reason (an
 * unknown view name lists the file's views).
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Export the briefing saved in an incident file to PDF (or one view to PNG), headless.")
public final class BriefCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, description = "Incident GeoPackage holding the saved views.")
    Path db;

    @Option(names = "--out", required = true, description = "PDF to write (or .png for one view).")
    Path out;

    @Option(names = "--views", arity = "1..*", description = "View titles to include, in this order (default: all).")
    List<String> viewNames;

    @Option(names = "--map", description = "Basemap GeoPackage (default: maps/kashmir.gpkg).")
    Path map;

    @Option(names = "--scale", defaultValue = "1", description = "PNG only: 1 or 2 (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--width", defaultValue = "1600", description = "PNG only: width in pixels at 1× (default: ${DEFAULT-VALUE}).")
    int widthPx;

    @Option(names = "--height", defaultValue = "1000", description = "PNG only: height at 1× (default: ${DEFAULT-VALUE}).")
    int heightPx;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--notes", description = "Print each view's speaker notes under its title.")
    boolean notes;

    @Option(names = "--type-table", description = "Add a table of incidents by type beside each map of a view "
            + "without a district choice (views with one print their district table).")
    boolean typeTable;

    @Option(names = "--generated", description = "The 'generated' time printed on pages, ISO-8601 UTC (default: now).")
    String generated;

    @Override
    public Integer call() {
        try {
            PageTheme pageTheme = switch (theme.toLowerCase(Locale.ROOT)) {
                case "light" -> PageTheme.LIGHT;
                case "dark" -> PageTheme.DARK;
                default -> throw new IllegalArgumentException("--theme must be light or dark, got '" + theme + "'");
            };
            Instant when = parseGenerated();
            Path basemapFile = map != null ? map : BasemapLocator.defaultBasemap();
            List<SavedView> views;
            BannerSettings banner;
            List<BriefingSources.Section> sources;
            IncidentFile file;
            try (BriefingStore store = BriefingStore.open(db, false)) {
                BriefingStore.Loaded loaded = store.views();
                loaded.problems().forEach(p -> System.err.println("sitmap brief: " + p));
                views = select(loaded.views());
                file = IncidentFileLoader.load(db, org.sitmap.map.projection.WebMercator.INSTANCE);
                banner = store.banner().orElse(BannerSettings.defaultFor(file.synthetic()));
                sources = BriefingSources.read(store, file.synthetic(), basemapFile);
            }
            Basemap basemap = BasemapLoader.load(basemapFile);
            String source = db.getFileName() + String.format(Locale.ENGLISH, " · %,d incidents in the file",
                    file.table().size()) + (file.synthetic() ? " · SYNTHETIC" : "");
            BriefingInput in = new BriefingInput(basemap.content(), basemap.projection(), file, TextRows.of(file), banner,
                    source, when, pageTheme, notes, typeTable ? (v, c) -> TypeCountTable.of(c) : null);
            List<SavedView> drawn = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
                    ? views.subList(0, 1) : views;
            if (DistrictBriefing.anyChoice(drawn)) {
                in = DistrictBriefing.load(file, basemapFile, basemap.projection()).applyTo(in);
            }
            if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                long t0 = System.nanoTime();
                long bytes = PngViewWriter.write(in, views.get(0), widthPx, heightPx, scale, out);
                System.out.printf(Locale.ENGLISH, "wrote %s: view '%s', %dx%d px, %,d bytes in %,d ms%n", out,
                        views.get(0).title(), widthPx * scale, heightPx * scale, bytes, (System.nanoTime() - t0) / 1_000_000);
                return 0;
            }
            ConsoleProgress progress = new ConsoleProgress("brief " + out.getFileName());
            PdfBriefingWriter.Result r = PdfBriefingWriter.write(in, views, sources, out,
                    (done, total, what) -> progress.progress(done, total));
            progress.done();
            System.out.printf(Locale.ENGLISH, "wrote %s: %d pages (%d views + sources), %,d bytes in %,d ms%s%n", out,
                    r.pages(), views.size(), r.bytes(), r.millis(),
                    r.fontsEmbedded() ? "" : " (DejaVu fonts not found: text drawn as shapes)");
            return 0;
        } catch (BriefingException | StoreException | GeoPackageException | IllegalArgumentException e) {
            System.err.println("sitmap brief: " + e.getMessage());
            return 2;
        }
    }

    private Instant parseGenerated() {
        if (generated == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(generated);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--generated must be ISO-8601 UTC like 2025-05-12T08:00:00Z, got '"
                    + generated + "'");
        }
    }

    private List<SavedView> select(List<SavedView> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException(db + ": has no saved views; save some in the app (Views panel,"
                    + " 'Add current view') first");
        }
        if (viewNames == null || viewNames.isEmpty()) {
            return all;
        }
        List<SavedView> out = new ArrayList<>();
        for (String name : viewNames) {
            SavedView found = all.stream().filter(v -> v.title().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(db + ": no view titled '" + name + "'. Views: "
                            + String.join(" | ", all.stream().map(v -> "'" + v.title() + "'").toList())));
            out.add(found);
        }
        return out;
    }
}
