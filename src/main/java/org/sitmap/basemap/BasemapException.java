package org.sitmap.basemap;

/**
 * Bad basemap input: the message names the file, the field or object and the reason, e.g.
 * {@code countries-10m.json: transform.scale: missing}. Meant to be shown to the user as one line.
 * Immutable and thread-safe.
 */
public final class BasemapException extends Exception {
    private static final long serialVersionUID = 1L;

    public BasemapException(String message) {
        super(message);
    }

    public BasemapException(String message, Throwable cause) {
        super(message, cause);
    }
}
