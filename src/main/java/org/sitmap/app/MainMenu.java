package org.sitmap.app;

import java.io.File;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.sitmap.map.fx.MapView;
import org.sitmap.map.render.DecorationPainter;

/**
 * The menu bar: File (open another basemap, quit), View (the navigation actions with their
 * shortcuts shown, so they are discoverable) and Help (keyboard shortcuts, data sources and
 * licences). FX thread only.
 */
final class MainMenu extends MenuBar {

    MainMenu(MainWindow window, IncidentFileActions files) {
        setId("main-menu");
        MapView map = window.map();
        MenuItem newFile = item("menu-new", "New incident file…", new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN), files::createNew);
        MenuItem openFile = item("menu-open", "Open incident file…", new KeyCodeCombination(KeyCode.O,
                KeyCombination.SHORTCUT_DOWN), files::chooseAndOpen);
        MenuItem importFile = item("menu-import", "Import…", new KeyCodeCombination(KeyCode.I,
                KeyCombination.SHORTCUT_DOWN), files::chooseAndImport);
        MenuItem open = item("menu-open-basemap", "Open basemap…", new KeyCodeCombination(KeyCode.O,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> chooseBasemap(window));
        MenuItem boundaries = item("menu-load-boundaries", "Load district boundaries…", null,
                () -> BoundaryActions.chooseAndLoad(window, window.districts()));
        MenuItem quit = item("menu-quit", "Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                Platform::exit);
        Menu file = new Menu("File", null, newFile, openFile, files.recentMenu(), new SeparatorMenuItem(), importFile,
                new SeparatorMenuItem(), open, boundaries, new SeparatorMenuItem(), quit);

        Menu view = new Menu("View", null,
                item("menu-zoom-in", "Zoom in\t+", null, map::zoomIn),
                item("menu-zoom-out", "Zoom out\t−", null, map::zoomOut),
                new SeparatorMenuItem(),
                item("menu-zoom-loc", "Zoom to Line of Control\tL", null, map::zoomToFocus),
                item("menu-zoom-home", "Whole region\tHome", null, map::zoomToHome),
                new SeparatorMenuItem(), BriefingMenu.presentationItem(window.briefing()),
                item("menu-districts", "District table", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                        () -> window.districts().toggle()));

        Menu help = new Menu("Help", null,
                item("menu-shortcuts", "Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), MainMenu::showShortcuts),
                item("menu-about", "Data sources and licences", null, MainMenu::showAbout));
        getMenus().addAll(file, view, BriefingMenu.menu(window.briefing()), help);
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void chooseBasemap(MainWindow window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Sitmap basemap");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoPackage (*.gpkg)", "*.gpkg"));
        File f = chooser.showOpenDialog(window.getScene().getWindow());
        if (f != null) {
            window.openBasemap(f.toPath());
        }
    }

    private static void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.setContentText(String.join("\n",
                "Pan\tdrag, or Ctrl+arrow keys",
                "Step the time window\t← / → a day, Shift+← / → a week",
                "Play or pause\tSpace",
                "Compare before / after\tC",
                "Present the saved views\tF5; then PageDown / PageUp, → / ←, Space; Home / End; T theme; Esc leaves",
                "Add the current view\tCtrl+B (views list: Enter applies, F2 renames, Delete, Alt+↑/↓, Ctrl+Z / Ctrl+Y)",
                "Export briefing as PDF\tCtrl+Shift+P",
                "District table, choropleth, LoC bands\tCtrl+D",
                "Zoom\tmouse wheel at the cursor, + and −",
                "Zoom to the LoC\tL",
                "Whole region\tHome or Ctrl+0",
                "New incident file\tCtrl+N",
                "Open incident file\tCtrl+O",
                "Import incidents\tCtrl+I",
                "Incident details\tclick a marker; click a count bubble to zoom in",
                "New incident\tright-click the map, or Ctrl+Shift+N (at the map centre)",
                "Edit / delete selected incident\tF2 / Edit menu; drag the selected marker to move it",
                "Undo / redo an edit\tCtrl+Z / Ctrl+Y",
                "In the incident form\tTab moves on, Enter saves (Ctrl+Enter in notes), Esc cancels",
                "Open basemap\tCtrl+Shift+O",
                "This list\tF1",
                "Quit\tCtrl+Q"));
        a.showAndWait();
    }

    private static void showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Data sources and licences");
        a.setHeaderText("Sitmap — offline situation map of the Line of Control");
        a.setContentText(DecorationPainter.ATTRIBUTION + "\n\n"
                + "Boundaries are Natural Earth's de-facto lines (world-atlas 2.0.2). District zones are "
                + "approximate (Voronoi cells of GeoNames places), not official boundaries.\n"
                + "Projection: WGS 84 / Pseudo-Mercator (EPSG:3857). Nothing is fetched from the network.");
        a.showAndWait();
    }
}
