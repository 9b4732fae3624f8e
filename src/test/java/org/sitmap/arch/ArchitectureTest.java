package org.sitmap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering written down in docs/ARCHITECTURE.md, enforced. */
@AnalyzeClasses(packages = "org.sitmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxOutsideUiPackages = noClasses()
            .that().resideOutsideOfPackages("..fx..", "org.sitmap.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("data, model, rendering and CLI must run headless without the JavaFX toolkit");

    @ArchTest
    static final ArchRule mapKnowsNoStorage = noClasses()
            .that().resideInAPackage("org.sitmap.map..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.io..", "java.sql..", "org.sqlite..",
                    "org.sitmap.basemap..", "org.sitmap.cli..", "org.sitmap.app..")
            .because("the renderer draws layers (data + style) and must not know where they came from");

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses()
            .that().resideInAPackage("org.sitmap.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.map..", "org.sitmap.io..",
                    "org.sitmap.basemap..", "org.sitmap.cli..", "org.sitmap.app..", "java.awt..", "java.sql..")
            .because("core holds value types and formats only");

    @ArchTest
    static final ArchRule ioDoesNotDraw = noClasses()
            .that().resideInAPackage("org.sitmap.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.map..", "org.sitmap.cli..",
                    "org.sitmap.app..", "java.awt..")
            .because("storage code reads and writes files; it never draws");

    @ArchTest
    static final ArchRule incidentDataIsPlain = noClasses()
            .that().resideInAPackage("org.sitmap.incidents")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.map..", "org.sitmap.io..",
                    "org.sitmap.situation..", "java.awt..", "java.sql..")
            .because("the columnar incident table is plain data that filters and analysis share");

    @ArchTest
    static final ArchRule editingLogicIsHeadless = noClasses()
            .that().resideInAPackage("org.sitmap.editing")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.map..", "org.sitmap.basemap..",
                    "org.sitmap.situation..", "java.awt..", "java.sql..", "org.sqlite..")
            .because("validation, undo/redo and the gazetteer are plain logic; SQL stays in io.store");

    @ArchTest
    static final ArchRule districtAnalysisKnowsNoStorageOrDrawing = noClasses()
            .that().resideInAPackage("org.sitmap.districts")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.io..", "org.sitmap.districts.io..",
                    "org.sitmap.districts.layer..", "org.sitmap.map.render..", "org.sitmap.map.layer..",
                    "org.sitmap.basemap..", "org.sitmap.situation..", "java.sql..", "org.sqlite..", "java.awt..")
            .because("the district analysis is plain computation over the incident table, shared by app and CLI");

    @ArchTest
    static final ArchRule districtLayersDoNotReadFiles = noClasses()
            .that().resideInAPackage("org.sitmap.districts.layer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.io..", "org.sitmap.districts.io..",
                    "java.sql..", "org.sqlite..")
            .because("map layers draw what they are given");

    @ArchTest
    static final ArchRule nothingBelowCallsTheUi = noClasses()
            .that().resideOutsideOfPackages("org.sitmap.app..", "org.sitmap.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.app..", "org.sitmap.cli..")
            .because("the app and the CLI are the top; nothing depends on them");

    @ArchTest
    static final ArchRule briefingModelNeverDraws = noClasses()
            .that().resideInAPackage("org.sitmap.briefing")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "org.sitmap.map..",
                    "org.apache.pdfbox..", "de.rototor..", "org.sitmap.briefing.export..")
            .because("saved views and their storage are plain data; drawing pages is the export package's job");

    @ArchTest
    static final ArchRule briefingExportKnowsNoSql = noClasses()
            .that().resideInAPackage("org.sitmap.briefing.export..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.sitmap.briefing.fx..")
            .because("pages are drawn from composed views; the store reads the file");

    @ArchTest
    static final ArchRule briefingExportStaysGeneric = noClasses()
            .that().resideInAPackage("org.sitmap.briefing.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.districts..", "org.sitmap.briefing.districts..")
            .because("pages draw any composed view and table; district pages are added by briefing.districts");

    @ArchTest
    static final ArchRule briefingDistrictsKnowsNoSqlOrUi = noClasses()
            .that().resideInAPackage("org.sitmap.briefing.districts..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "..fx..")
            .because("district pages are computed from the prepared analysis; districts.io reads the file");
}
