package org.sitmap.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.core.StartupTrace;
import org.sitmap.incidents.fx.IncidentDetailsPanel;
import org.sitmap.map.fx.CoordinateBar;
import org.sitmap.map.fx.LayerPanel;
import org.sitmap.map.fx.MapView;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.IncidentFileLoader;
import org.sitmap.map.MapContent;
import org.sitmap.timeline.fx.FilterPanel;
import org.sitmap.timeline.fx.TimelineBar;
import org.sitmap.timeline.fx.TimelineViewModel;
import org.sitmap.timeline.ViewState;

/**
 * The main window's content: menu, toolbar, map, layer panel with legend, incident details and
 * status bar, and the wiring between them. Files are read on a background executor (disk and SQL
 * never run on the FX thread); a file that cannot be read leaves the window open with a message
 * naming the file and reason. FX thread only, apart from task bodies.
 */
public final class MainWindow extends BorderPane {

    private final MapView map = new MapView();
    private final MapView compareMap = new MapView();
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final TimelineBar timelineBar = new TimelineBar(timeline);
    private final SituationController situation = new SituationController(timeline, map, compareMap);
    private final MapArea mapArea = new MapArea(map, compareMap, timeline);
    private final FilterPanel filters = new FilterPanel(timeline);
    private final TimelineFileTools fileTools = new TimelineFileTools(this);
    private final CoordinateBar statusBar = new CoordinateBar(map);
    private final IncidentDetailsPanel details = new IncidentDetailsPanel();
    private final ExecutorService background;
    private final ReadOnlyObjectWrapper<IncidentFile> incidentFile = new ReadOnlyObjectWrapper<>(this, "incidentFile");
    private final IncidentClicks clicks;
    private final IncidentFileActions fileActions;
    private final EditActions editActions;
    private final BriefingActions briefing;
    /** Built just after the first frame (or on first use), so it costs start-up nothing. */
    private DistrictActions districts;
    private Path districtBasemap;
    private Basemap basemap;
    private Runnable onFirstFrame = () -> { };

    public MainWindow(ExecutorService background) {
        this.background = background;
        StartupTrace.mark("window: fields built");
        this.clicks = new IncidentClicks(this);
        this.fileActions = new IncidentFileActions(this, RecentFiles.forUser());
        this.briefing = new BriefingActions(this);
        briefing.setDistrictChoiceHooks(() -> districts().savedChoice(), c -> districts().restoreChoice(c));
        StartupTrace.mark("window: file actions");
        setId("main-window");
        this.editActions = new EditActions(this, EditorName.forUser(), java.time.Clock.systemUTC());
        MainMenu menu = new MainMenu(this, fileActions);
        menu.getMenus().add(1, editActions.menu());
        setTop(new VBox(menu, buildToolBar()));
        StartupTrace.mark("window: menu and toolbar");
        setCenter(mapArea);
        ScrollPane layers = new ScrollPane(new LayerPanel(map));
        layers.setFitToWidth(true);
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        // the filter controls join the scene when first opened: they cost start-up time otherwise
        javafx.scene.control.TitledPane filterPane = new javafx.scene.control.TitledPane("Filters",
                new javafx.scene.control.Label("Open to filter by side, district, casualties, grading, text"));
        filterPane.setId("filters-pane");
        filterPane.setExpanded(false);
        filterPane.expandedProperty().addListener((o, was, open) -> {
            if (open && !(filterPane.getContent() instanceof ScrollPane)) {
                ScrollPane filterScroll = new ScrollPane(filters);
                filterScroll.setFitToWidth(true);
                filterPane.setContent(filterScroll);
            }
        });
        VBox detailsBox = new VBox(filterPane, detailsScroll);
        VBox.setVgrow(detailsScroll, javafx.scene.layout.Priority.ALWAYS);
        SplitPane side = new SplitPane(layers, briefing.panel(), detailsBox);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.3, 0.68);
        filters.setOnText(fileTools::searchText);
        timelineBar.setOnEditReferences(fileTools::editReferenceDates);
        side.setPrefWidth(330);
        setRight(side);
        StartupTrace.mark("window: side panels");
        setBottom(new VBox(timelineBar, statusBar));
        map.setOnMapClicked(clicks::clicked);
        compareMap.setOnMapClicked((x, y) -> clicks.clicked(compareMap, x, y));
        map.contentProperty().addListener((o, old, now) -> {
            MapContent c = compareMap.contentProperty().get();
            if (now != null && c != null && !c.hiddenLayerIds().equals(now.hiddenLayerIds())) {
                compareMap.contentProperty().set(new MapContent(c.layers(), now.hiddenLayerIds(), c.notices()));
            }
        });
        map.lastFrameProperty().addListener((obs, old, frame) -> {
            if (frame != null) {
                statusBar.setStatus(String.format("drawn in %.0f ms", frame.result().renderNanos() / 1e6));
                Runnable r = onFirstFrame;
                onFirstFrame = () -> { };
                r.run();
                if (districts == null) {
                    javafx.application.Platform.runLater(this::districts);
                }
            }
        });
    }

    public MapView map() {
        return map;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public TimelineBar timelineBar() {
        return timelineBar;
    }

    public MapView compareMap() {
        return compareMap;
    }

    MapArea mapArea() {
        return mapArea;
    }

    public IncidentDetailsPanel details() {
        return details;
    }

    public ReadOnlyObjectProperty<IncidentFile> incidentFileProperty() {
        return incidentFile.getReadOnlyProperty();
    }

    IncidentFileActions fileActions() {
        return fileActions;
    }

    EditActions editActions() {
        return editActions;
    }

    BriefingActions briefing() {
        return briefing;
    }

    TimelineFileTools fileTools() {
        return fileTools;
    }

    /** The loaded basemap, or null before it is read. */
    Basemap basemap() {
        return basemap;
    }

    DistrictActions districts() {
        if (districts == null) {
            districts = new DistrictActions(this);
            if (districtBasemap != null) {
                districts.basemapChanged(districtBasemap);
            }
        }
        return districts;
    }

    SituationController situation() {
        return situation;
    }

    ExecutorService background() {
        return background;
    }

    CoordinateBar statusBar() {
        return statusBar;
    }

    /** Runs once, on the FX thread, when the first map frame is on screen. */
    public void setOnFirstFrame(Runnable r) {
        this.onFirstFrame = r;
    }

    /** Starts reading a basemap in the background; the map shows it when ready. */
    public void openBasemap(Path file) {
        statusBar.setStatus("Loading basemap " + file + " …");
        map.showMessage(null);
        CompletableFuture<Basemap> preloaded = BasemapPreload.forFile(file);
        Task<Basemap> load = new Task<>() {
            @Override
            protected Basemap call() throws Exception {
                if (preloaded != null) {
                    try {
                        return preloaded.join();
                    } catch (CompletionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
                StartupTrace.mark("basemap load start");
                Basemap b = BasemapLoader.load(file);
                StartupTrace.mark("basemap loaded");
                return b;
            }
        };
        load.setOnSucceeded(e -> {
            basemap = load.getValue();
            map.setExtents(basemap.regionExtent(), basemap.locExtent());
            compareMap.setExtents(basemap.regionExtent(), basemap.locExtent());
            situation.setBasemap(basemap);
            editActions.places().basemapOpened(file);
            districtBasemap = file;
            if (districts != null) {
                districts.basemapChanged(file);
            }
            map.zoomToFocus();
            statusBar.setStatus("Basemap " + file.getFileName());
        });
        load.setOnFailed(e -> {
            Throwable t = load.getException();
            String reason = t.getMessage() != null ? t.getMessage() : t.toString();
            map.showMessage("Could not open the basemap.\n\n" + reason
                    + "\n\nRebuild it with 'bash maps/build-basemap.sh', or start with --map=FILE.");
            statusBar.setStatus("No basemap");
        });
        background.execute(load);
    }

    /** Opens an incident GeoPackage in the background; on failure the current file stays open. */
    public void openIncidents(Path file, java.util.function.Consumer<String> onError) {
        openIncidents(file, onError, () -> { });
    }

    /** As above; {@code onOpened} runs on the FX thread once the file is shown. */
    public void openIncidents(Path file, java.util.function.Consumer<String> onError, Runnable onOpened) {
        statusBar.setStatus("Opening " + file.getFileName() + " …");
        Task<IncidentFile> load = new Task<>() {
            @Override
            protected IncidentFile call() throws Exception {
                return IncidentFileLoader.load(file, WebMercator.INSTANCE);
            }
        };
        load.setOnSucceeded(e -> {
            incidentFile.set(load.getValue());
            map.setHighlight(null);
            timeline.referencesProperty().set(load.getValue().referenceDates());
            situation.setFile(load.getValue());
            filters.setChoices(load.getValue().table().sides(), load.getValue().table().districts());
            onOpened.run();
            details.setHint("Click an incident on the map to see its details.");
            statusBar.setStatus(String.format("%s: %,d incidents", file.getFileName(), load.getValue().table().size()));
        });
        load.setOnFailed(e -> {
            String reason = load.getException().getMessage();
            statusBar.setStatus("Could not open " + file.getFileName());
            onError.accept(reason != null ? reason : load.getException().toString());
        });
        background.execute(load);
    }

    /**
     * Shows the open file after an edit without reading it again: the map, timeline, histogram
     * and counts follow at once; a free-text filter is resolved again against the new rows.
     */
    void replaceIncidentFile(IncidentFile edited) {
        IncidentFile before = incidentFile.get();
        incidentFile.set(edited);
        situation.replaceFile(edited);
        if (before == null || !before.table().sides().equals(edited.table().sides())
                || !before.table().districts().equals(edited.table().districts())) {
            filters.setChoices(edited.table().sides(), edited.table().districts());
        }
        ViewState s = timeline.state();
        if (s != null && !s.text().isEmpty()) {
            fileTools.searchText(s.text());
        }
    }

    private ToolBar buildToolBar() {
        Button zoomIn = button("zoom-in", "+", "Zoom in (+)", map::zoomIn);
        Button zoomOut = button("zoom-out", "−", "Zoom out (−)", map::zoomOut);
        Button loc = button("zoom-loc", "Zoom to LoC", "Show the whole Line of Control (L)", map::zoomToFocus);
        Button home = button("zoom-home", "Whole region", "Show the whole region (Home)", map::zoomToHome);
        Button present = button("present", "▶ Present", "Present the saved views full screen (F5)",
                () -> briefing.present(Math.max(0, briefing.panel().list().getSelectionModel().getSelectedIndex())));
        return new ToolBar(zoomIn, zoomOut, new Separator(), loc, home, new Separator(), present);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** Window-wide shortcuts; they work whatever control has focus. */
    public void installAccelerators() {
        var acc = getScene().getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.PLUS), map::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.EQUALS), map::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.ADD), map::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.MINUS), map::zoomOut);
        acc.put(new KeyCodeCombination(KeyCode.SUBTRACT), map::zoomOut);
        acc.put(new KeyCodeCombination(KeyCode.L), map::zoomToFocus);
        acc.put(new KeyCodeCombination(KeyCode.HOME), map::zoomToHome);
        acc.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), map::zoomToHome);
        acc.put(new KeyCodeCombination(KeyCode.C), () -> timelineBar.setCompare(!mapArea.isCompare()));
        getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, new TimelineKeys(timeline, timelineBar));
    }
}
