package org.sitmap.io.gpkg;

/**
 * Names and SQL of the R-tree maintenance trigger for inserts, for bulk loaders that drop it,
 * fill the R-tree themselves (one statement per row instead of five ST_* calls per row) and
 * recreate it in the same transaction. Pure string builders; thread-safe.
 */
public final class SpatialIndexTriggers {

    private SpatialIndexTriggers() {
    }

    public static String rtreeTable(String table) {
        return GeoPackageDdl.rtreeName(table);
    }

    public static String insertTriggerName(String table) {
        return GeoPackageDdl.rtreeName(table) + "_insert";
    }

    /** The CREATE TRIGGER statement of the insert trigger, exactly as the spec's Annex F.3 gives it. */
    public static String insertTriggerSql(String table) {
        return GeoPackageDdl.rtreeStatements(table).get(1);
    }
}
