package org.sitmap.io.gpkg;

/**
 * Checked failure of a GeoPackage read or write whose message is meant for the user: it names the
 * file (and where relevant the table, column or feature) and the reason, for example
 * {@code maps/kashmir.gpkg: not a GeoPackage (no gpkg_contents table)}. Immutable and thread-safe.
 */
public final class GeoPackageException extends Exception {
    private static final long serialVersionUID = 1L;

    public GeoPackageException(String message) {
        super(message);
    }

    public GeoPackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
