package org.sitmap.io.store;

/**
 * A failure of the incident store whose message is fit to show a user: it names the file and the
 * reason, and says whether the file was changed (it never is, unless stated).
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
