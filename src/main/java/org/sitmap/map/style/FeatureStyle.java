package org.sitmap.map.style;

import java.util.List;
import org.sitmap.map.layer.MapFeature;

/**
 * The style half of a layer: decides the symbolizer and label of each feature, possibly from
 * its attributes (classified styles), and lists legend entries. Implementations are immutable
 * and may be called from the render thread.
 */
public interface FeatureStyle {

    /** The symbolizer for a feature at this resolution, or null to not draw it. */
    Symbolizer symbolizer(MapFeature feature, double unitsPerPixel);

    /** The label for a feature at this resolution, or null for none (density depends on zoom). */
    LabelSpec label(MapFeature feature, double unitsPerPixel);

    List<LegendItem> legend();
}
