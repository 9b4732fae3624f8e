package org.sitmap.briefing.fx;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.FadeTransition;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import org.sitmap.briefing.export.BriefingPage;
import org.sitmap.briefing.export.BriefingPageRenderer;
import org.sitmap.briefing.export.PageLayout;
import org.sitmap.briefing.export.PageTheme;
import org.sitmap.map.Viewport;
import org.sitmap.map.projection.MapProjection;

/**
 * The presentation screen's decorations over the live map — banners, title block, legend, scale
 * bar, synthetic watermark — drawn by the same {@link BriefingPageRenderer} as the PDF and PNG,
 * off the FX thread into an image, then cross-faded in over the previous slide's. Mouse
 * transparent. FX thread only, apart from the render worker.
 */
public final class PresentationOverlay extends Pane {

    static final Duration FADE = Duration.millis(450);

    private final ImageView front = new ImageView();
    private final ImageView back = new ImageView();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-presentation");
        t.setDaemon(true);
        return t;
    });
    private long generation;
    private BriefingPage shown;

    public PresentationOverlay() {
        setId("presentation-overlay");
        setMouseTransparent(true);
        front.setManaged(false);
        back.setManaged(false);
        getChildren().addAll(back, front);
    }

    /** The layout a page gets on this screen (large type). */
    public PageLayout layout(BriefingPage page) {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        return PageLayout.of(w, h, page, typeScale(h));
    }

    public static double typeScale(double heightPx) {
        return Math.max(1.25, Math.min(2.2, heightPx / 700));
    }

    /** Draws {@code page} for a map at {@code mapViewport}; cross-fades when {@code fade}. */
    public void show(BriefingPage page, Viewport mapViewport, MapProjection projection, PageTheme theme, boolean fade) {
        long gen = ++generation;
        PageLayout lay = layout(page);
        int w = (int) Math.ceil(lay.width());
        int h = (int) Math.ceil(lay.height());
        worker.execute(() -> {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            try {
                new BriefingPageRenderer().paintOverlay(g, lay, page, mapViewport, projection, theme);
            } finally {
                g.dispose();
            }
            Platform.runLater(() -> {
                if (gen == generation) {
                    commit(img, page, fade);
                }
            });
        });
    }

    private void commit(BufferedImage img, BriefingPage page, boolean fade) {
        back.setImage(front.getImage());
        back.setOpacity(1);
        front.setImage(FxImages.of(img));
        shown = page;
        if (fade && back.getImage() != null) {
            front.setOpacity(0);
            FadeTransition in = new FadeTransition(FADE, front);
            in.setToValue(1);
            FadeTransition out = new FadeTransition(FADE, back);
            out.setToValue(0);
            in.play();
            out.play();
        } else {
            front.setOpacity(1);
            back.setOpacity(0);
        }
    }

    /** The page on screen now (null before the first render lands). */
    public BriefingPage shownPage() {
        return shown;
    }

    public void clear() {
        generation++;
        front.setImage(null);
        back.setImage(null);
        shown = null;
    }

    public void dispose() {
        worker.shutdownNow();
    }
}
