package org.sitmap.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitmap.map.layer.Layer;

/**
 * The ordered stack of layers of a map (bottom first) and which of them are hidden, plus
 * notices that must be drawn on every output (e.g. "approximate districts"). Immutable: toggling
 * a layer returns a new content, so a snapshot taken for a render never changes under it.
 */
public record MapContent(List<Layer> layers, Set<String> hiddenLayerIds, List<String> notices) {

    public MapContent {
        layers = List.copyOf(layers);
        hiddenLayerIds = Set.copyOf(hiddenLayerIds);
        notices = List.copyOf(notices);
    }

    public static MapContent of(List<Layer> layers) {
        return new MapContent(layers, Set.of(), List.of());
    }

    public boolean isVisible(String layerId) {
        return !hiddenLayerIds.contains(layerId);
    }

    public MapContent withVisibility(String layerId, boolean visible) {
        Set<String> hidden = new LinkedHashSet<>(hiddenLayerIds);
        if (visible) {
            hidden.remove(layerId);
        } else {
            hidden.add(layerId);
        }
        return new MapContent(layers, hidden, notices);
    }

    public Optional<Layer> layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
