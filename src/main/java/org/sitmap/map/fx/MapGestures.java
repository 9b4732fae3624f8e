package org.sitmap.map.fx;

import java.util.function.BiConsumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.sitmap.map.Viewport;

/**
 * The map's mouse and key gestures: drag pans (or drags the item a {@link MapView.DragHandler}
 * claims), a press and release within 4 px is a click, the wheel zooms about the cursor,
 * Ctrl+arrows pan (plain arrows belong to the timeline). FX thread only.
 */
final class MapGestures {

    private final MapView map;
    private BiConsumer<Double, Double> onMapClicked = (x, y) -> { };
    private MapView.DragHandler dragHandler;
    private boolean draggingItem;
    private double pressX;
    private double pressY;
    private double dragX;
    private double dragY;

    MapGestures(MapView map) {
        this.map = map;
    }

    void setOnMapClicked(BiConsumer<Double, Double> handler) {
        this.onMapClicked = handler;
    }

    void setDragHandler(MapView.DragHandler handler) {
        this.dragHandler = handler;
    }

    void install() {
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            map.requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            pressX = e.getX();
            pressY = e.getY();
            draggingItem = e.getButton() == MouseButton.PRIMARY && dragHandler != null
                    && dragHandler.begin(e.getX(), e.getY());
        });
        map.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            boolean click = Math.hypot(e.getX() - pressX, e.getY() - pressY) < 4;
            if (draggingItem && e.getButton() == MouseButton.PRIMARY) {
                draggingItem = false;
                if (!click) {
                    dragHandler.end(e.getX(), e.getY());
                    return;
                }
            }
            if (e.getButton() == MouseButton.PRIMARY && click) {
                onMapClicked.accept(e.getX(), e.getY());
            }
        });
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (draggingItem) {
                dragHandler.drag(e.getX(), e.getY());
            } else if (e.getButton() == MouseButton.PRIMARY) {
                map.panByPixels(e.getX() - dragX, e.getY() - dragY);
                dragX = e.getX();
                dragY = e.getY();
            }
            map.updateCursor(e.getX(), e.getY());
        });
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> map.updateCursor(e.getX(), e.getY()));
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> map.clearCursor());
        map.addEventHandler(ScrollEvent.SCROLL, e -> {
            Viewport v = map.viewportProperty().get();
            if (v != null && e.getDeltaY() != 0) {
                double notches = e.getDeltaY() / 40.0;
                map.viewportProperty().set(v.zoomAt(Math.pow(MapView.WHEEL_ZOOM_PER_NOTCH, notches), e.getX(), e.getY()));
                e.consume();
            }
        });
        map.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // plain arrows belong to the timeline (a day per press); Ctrl+arrows pan the map
            if (!e.isShortcutDown()) {
                return;
            }
            KeyCode k = e.getCode();
            boolean handled = true;
            switch (k) {
                case LEFT -> map.panByPixels(MapView.KEY_PAN_PX, 0);
                case RIGHT -> map.panByPixels(-MapView.KEY_PAN_PX, 0);
                case UP -> map.panByPixels(0, MapView.KEY_PAN_PX);
                case DOWN -> map.panByPixels(0, -MapView.KEY_PAN_PX);
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
    }
}
