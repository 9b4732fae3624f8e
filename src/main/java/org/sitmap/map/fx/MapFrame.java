package org.sitmap.map.fx;

import org.sitmap.map.Viewport;
import org.sitmap.map.render.MapRenderer;

/** What is on screen after a commit: the viewport it was drawn for and the render's figures. Immutable. */
public record MapFrame(Viewport viewport, MapRenderer.Result result) {
}
