package org.sitmap.io.gpkg;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A non-geometry column of a GeoPackage user table: a plain SQL identifier, one of the GeoPackage
 * data types ({@code TEXT}, {@code INTEGER}, {@code REAL}, {@code DOUBLE}, {@code BOOLEAN},
 * {@code BLOB}, {@code DATE}, {@code DATETIME}) and whether it is {@code NOT NULL}. Immutable;
 * the constructor rejects names that would need quoting so table DDL can be built safely.
 */
public record Column(String name, String sqlType, boolean notNull) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TYPE = Pattern.compile("TEXT|INTEGER|REAL|DOUBLE|BOOLEAN|BLOB|DATE|DATETIME");

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sqlType, "sqlType");
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("column name is not a plain SQL identifier: " + name);
        }
        if (!TYPE.matcher(sqlType).matches()) {
            throw new IllegalArgumentException("column " + name + ": unsupported GeoPackage type " + sqlType);
        }
    }

    /** A nullable column. */
    public static Column of(String name, String sqlType) {
        return new Column(name, sqlType, false);
    }

    static void requireIdentifier(String what, String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " is not a plain SQL identifier: " + name);
        }
    }
}
