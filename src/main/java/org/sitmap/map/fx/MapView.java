package org.sitmap.map.fx;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.map.projection.WebMercator;

/**
 * The interactive map control: shows frames rendered off-thread by {@link RenderScheduler}, and
 * turns drag, wheel and keys into new {@link Viewport}s. While a render is running, the last
 * frame is shown moved and scaled to where the new view puts it, so panning and zooming feel
 * immediate. FX thread only.
 */
public final class MapView extends Region {

    static final double WHEEL_ZOOM_PER_NOTCH = 1.25;
    static final double KEY_PAN_PX = 120;

    private final ImageView imageView = new ImageView();
    private final MapOverlay overlay = new MapOverlay();
    private final Label message = new Label();
    private final Label noticeBanner = new Label();
    private final ObjectProperty<MapContent> content = new SimpleObjectProperty<>(this, "content");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ReadOnlyObjectWrapper<Point2D> cursorLonLat = new ReadOnlyObjectWrapper<>(this, "cursorLonLat");
    private final ReadOnlyObjectWrapper<MapFrame> lastFrame = new ReadOnlyObjectWrapper<>(this, "lastFrame");
    private final RenderScheduler scheduler = new RenderScheduler(this::commit, this::renderFailed);
    private final MapProjection projection = WebMercator.INSTANCE;
    private final MapGestures gestures = new MapGestures(this);
    private Envelope homeExtent;
    private Envelope focusExtent;
    private Viewport shownViewport;

    /**
     * Drags something on the map (the selected marker) instead of panning: {@code begin} decides
     * from the press position; a drag that began there reports moves and its end (not a click).
     */
    public interface DragHandler {
        boolean begin(double x, double y);

        void drag(double x, double y);

        void end(double x, double y);
    }

    private boolean furniture = true;

    public MapView() {
        setId("map-view");
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        imageView.setManaged(false);
        imageView.setId("map-image");
        message.setId("map-message");
        message.getStyleClass().add("map-message");
        message.setWrapText(true);
        message.setVisible(false);
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        noticeBanner.setId("map-notice");
        noticeBanner.getStyleClass().add("map-notice");
        noticeBanner.setManaged(false);
        noticeBanner.setMouseTransparent(true);
        noticeBanner.setVisible(false);
        getChildren().addAll(imageView, overlay, noticeBanner, message);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 150);
        setPrefSize(1200, 800);

        content.addListener((obs, old, now) -> {
            requestRender();
            String notices = now == null ? "" : String.join("   ·   ", now.notices());
            noticeBanner.setText(notices);
            noticeBanner.setVisible(furniture && !notices.isEmpty());
            requestLayout();
        });
        viewport.addListener((obs, old, now) -> {
            requestRender();
            overlay.update(now, projection);
            showInterimTransform();
        });
        gestures.install();
    }

    public ObjectProperty<MapContent> contentProperty() {
        return content;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    /** Geographic position under the mouse as (lon, lat) degrees, or null when outside. */
    public ReadOnlyObjectProperty<Point2D> cursorLonLatProperty() {
        return cursorLonLat.getReadOnlyProperty();
    }

    /** The last committed frame (tests and the status bar read its timings). */
    public ReadOnlyObjectProperty<MapFrame> lastFrameProperty() {
        return lastFrame.getReadOnlyProperty();
    }

    public MapProjection projection() {
        return projection;
    }

    /** Sets the "home" (whole region) and "focus" (LoC) extents used by the navigation actions. */
    public void setExtents(Envelope home, Envelope focus) {
        this.homeExtent = home;
        this.focusExtent = focus;
    }

    /** Called with the screen position of a click that was not the end of a drag. */
    public void setOnMapClicked(java.util.function.BiConsumer<Double, Double> handler) {
        gestures.setOnMapClicked(handler);
    }

    public void setDragHandler(DragHandler handler) {
        gestures.setDragHandler(handler);
    }

    /** Rings a world point (the selected incident) on the map; null clears it. */
    public void setHighlight(double[] worldXY) {
        overlay.setHighlight(worldXY);
    }

    /** The notice banner's text (e.g. the synthetic-data mark), or null when hidden. */
    public String noticeText() {
        return noticeBanner.isVisible() ? noticeBanner.getText() : null;
    }

    /**
     * Shows or hides the live furniture (scale bar, north arrow, attribution, notice banner), for a
     * presentation screen that draws its own around the map.
     */
    public void setFurnitureVisible(boolean visible) {
        furniture = visible;
        overlay.setVisible(visible);
        MapContent c = content.get();
        noticeBanner.setVisible(visible && c != null && !c.notices().isEmpty());
    }

    /** Shows a message over the map (e.g. a basemap that could not be read), or hides it with null. */
    public void showMessage(String text) {
        message.setText(text);
        message.setVisible(text != null);
    }

    public String messageText() {
        return message.isVisible() ? message.getText() : null;
    }

    public void zoomIn() {
        if (viewport.get() != null) {
            viewport.set(viewport.get().zoomCentered(2));
        }
    }

    public void zoomOut() {
        if (viewport.get() != null) {
            viewport.set(viewport.get().zoomCentered(0.5));
        }
    }

    public void zoomToFocus() {
        zoomTo(focusExtent);
    }

    public void zoomToHome() {
        zoomTo(homeExtent);
    }

    public void zoomTo(Envelope world) {
        if (world != null && !world.isNull()) {
            viewport.set(Viewport.fit(world, widthPx(), heightPx(), 24));
        }
    }

    public void panByPixels(double dx, double dy) {
        if (viewport.get() != null) {
            viewport.set(viewport.get().panByPixels(dx, dy));
        }
    }

    private int widthPx() {
        return Math.max(1, (int) Math.round(getWidth() > 0 ? getWidth() : getPrefWidth()));
    }

    private int heightPx() {
        return Math.max(1, (int) Math.round(getHeight() > 0 ? getHeight() : getPrefHeight()));
    }

    @Override
    protected void layoutChildren() {
        int w = widthPx();
        int h = heightPx();
        overlay.resize(w, h);
        message.resizeRelocate(w * 0.15, h * 0.35, w * 0.7, h * 0.3);
        double bannerW = Math.min(w - 20, noticeBanner.prefWidth(-1));
        noticeBanner.resizeRelocate((w - bannerW) / 2, 8, bannerW, noticeBanner.prefHeight(-1));
        Viewport v = viewport.get();
        if (v == null && homeExtent != null) {
            viewport.set(Viewport.fit(focusExtent != null ? focusExtent : homeExtent, w, h, 24));
        } else if (v != null && (v.widthPx() != w || v.heightPx() != h)) {
            viewport.set(v.resized(w, h));
        }
    }

    private void requestRender() {
        if (content.get() != null && viewport.get() != null) {
            scheduler.request(content.get(), viewport.get());
        }
    }

    private void commit(RenderScheduler.Frame frame) {
        imageView.setImage(frame.buffer().fxImage());
        shownViewport = frame.viewport();
        showInterimTransform();
        lastFrame.set(new MapFrame(frame.viewport(), frame.result()));
    }

    private void renderFailed(Throwable e) {
        showMessage("The map could not be drawn: " + e);
    }

    /** Places the last frame where the current viewport would draw it (identity once caught up). */
    private void showInterimTransform() {
        Viewport now = viewport.get();
        if (shownViewport == null || now == null) {
            return;
        }
        double scale = shownViewport.unitsPerPixel() / now.unitsPerPixel();
        double tx = now.screenX(shownViewport.worldX(0));
        double ty = now.screenY(shownViewport.worldY(0));
        imageView.getTransforms().setAll(new Affine(scale, 0, tx, 0, scale, ty));
    }

    /** The pointer is at (x, y) on screen: updates the geographic cursor position. */
    void updateCursor(double x, double y) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        cursorLonLat.set(new Point2D(projection.lonOf(v.worldX(x)), projection.latOf(v.worldY(y))));
    }

    /** The pointer left the map. */
    void clearCursor() {
        cursorLonLat.set(null);
    }

    /** Stops the render worker; call when the window closes. */
    public void dispose() {
        scheduler.shutdown();
    }
}
