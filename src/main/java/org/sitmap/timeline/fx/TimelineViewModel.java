package org.sitmap.timeline.fx;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sitmap.timeline.DailyHistogram;
import org.sitmap.core.ReferenceDate;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;

/**
 * What the timeline bar shows and edits, as JavaFX properties: the immutable {@link ViewState}
 * (the single source of truth for every filter), the open file's span, its reference dates, the
 * histogram, and the counts of the last filtering. The window owner recomputes counts and the
 * histogram; controls only read these and replace the view state. FX thread only.
 */
public final class TimelineViewModel {

    private final ObjectProperty<ViewState> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<TimeWindow> span = new SimpleObjectProperty<>(this, "span");
    private final ObjectProperty<List<ReferenceDate>> references =
            new SimpleObjectProperty<>(this, "references", ReferenceDate.defaults());
    private final ObjectProperty<DailyHistogram> histogram = new SimpleObjectProperty<>(this, "histogram");
    private final IntegerProperty visibleCount = new SimpleIntegerProperty(this, "visibleCount");
    private final IntegerProperty totalCount = new SimpleIntegerProperty(this, "totalCount");
    private final IntegerProperty ambiguousCount = new SimpleIntegerProperty(this, "ambiguousCount");
    private final IntegerProperty compareCount = new SimpleIntegerProperty(this, "compareCount");

    public ObjectProperty<ViewState> stateProperty() {
        return state;
    }

    public ObjectProperty<TimeWindow> spanProperty() {
        return span;
    }

    public ObjectProperty<List<ReferenceDate>> referencesProperty() {
        return references;
    }

    public ObjectProperty<DailyHistogram> histogramProperty() {
        return histogram;
    }

    public IntegerProperty visibleCountProperty() {
        return visibleCount;
    }

    public IntegerProperty totalCountProperty() {
        return totalCount;
    }

    public IntegerProperty ambiguousCountProperty() {
        return ambiguousCount;
    }

    public IntegerProperty compareCountProperty() {
        return compareCount;
    }

    public ViewState state() {
        return state.get();
    }

    /** The chosen pivot, falling back to the last reference date. */
    public ReferenceDate pivot() {
        List<ReferenceDate> refs = references.get();
        ViewState s = state.get();
        for (ReferenceDate r : refs) {
            if (s != null && r.id().equals(s.pivotId())) {
                return r;
            }
        }
        return refs.isEmpty() ? null : refs.get(refs.size() - 1);
    }

    /** Moves the main window by whole days, kept inside the span. */
    public void stepDays(int days) {
        ViewState s = state.get();
        TimeWindow sp = span.get();
        if (s == null || sp == null) {
            return;
        }
        state.set(s.withWindow(s.window().shiftedBy(days * TimeWindow.DAY_MS).clampedTo(sp)));
    }
}
