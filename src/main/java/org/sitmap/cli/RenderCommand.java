package org.sitmap.cli;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.basemap.BasemapLocator;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.store.StoreException;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.IncidentFileLoader;
import org.sitmap.situation.SituationContent;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.map.render.DecorationPainter;
import org.sitmap.map.render.MapRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap render}: draws the map headless to a PNG with the same renderer as the app.
 * The PNG is written to a temporary file and moved into place, so a failure never leaves a
 * partial image. Exit code 0 on success, 2 on bad input (with a one-line reason on stderr).
 */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Render the map to a PNG, headless.")
public final class RenderCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "PNG file to write.")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int widthPx;

    @Option(names = "--height", defaultValue = "1000", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int heightPx;

    @Option(names = "--bbox", description = "minLon,minLat,maxLon,maxLat in degrees (default: the LoC).")
    String bbox;

    @Option(names = "--map", description = "Basemap GeoPackage (default: maps/kashmir.gpkg).")
    Path map;

    @Option(names = "--db", description = "Incident GeoPackage to draw (default: data/demo-incidents.gpkg if present).")
    Path db;

    @Option(names = "--no-incidents", description = "Draw the basemap only.")
    boolean noIncidents;

    @Override
    public Integer call() {
        try {
            if (widthPx < 16 || heightPx < 16 || widthPx > 20_000 || heightPx > 20_000) {
                throw new IllegalArgumentException("--width and --height must be between 16 and 20000 pixels");
            }
            Basemap basemap = BasemapLoader.load(map != null ? map : BasemapLocator.defaultBasemap());
            Path incidentsFile = noIncidents ? null : db != null ? db : IncidentFileLoader.defaultFile();
            IncidentFile incidents = incidentsFile == null ? null : IncidentFileLoader.load(incidentsFile, basemap.projection());
            MapContent content = SituationContent.compose(basemap.content(), incidents, null);
            Envelope world = bbox == null ? basemap.locExtent() : parseBbox(bbox, basemap.projection());
            Viewport viewport = Viewport.fit(world, widthPx, heightPx, 0);
            BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = image.createGraphics();
            MapRenderer.Result result = new MapRenderer().render(content, viewport, g);
            new DecorationPainter().paint(g, viewport, basemap.projection(), content.notices());
            g.dispose();
            writeAtomically(image, out);
            System.out.printf("wrote %s (%dx%d, %d labels, %.0f ms)%n", out, widthPx, heightPx,
                    result.labelsPlaced(), result.renderNanos() / 1e6);
            return 0;
        } catch (GeoPackageException | StoreException | IllegalArgumentException | IOException e) {
            System.err.println("sitmap render: " + e.getMessage());
            return 2;
        }
    }

    static Envelope parseBbox(String text, MapProjection projection) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("--bbox must be minLon,minLat,maxLon,maxLat, got '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--bbox value " + (i + 1) + " is not a number: '" + parts[i] + "'");
            }
        }
        if (v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85) {
            throw new IllegalArgumentException("--bbox must have minLon<maxLon and minLat<maxLat within ±180/±85, got '" + text + "'");
        }
        return new Envelope(projection.xOf(v[0]), projection.xOf(v[2]), projection.yOf(v[1]), projection.yOf(v[3]));
    }

    static void writeAtomically(BufferedImage image, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".sitmap-", ".png.part");
        try {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
            if (!ImageIO.write(rgb, "png", tmp.toFile())) {
                throw new IOException(target + ": no PNG writer available");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
