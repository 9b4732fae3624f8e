package org.sitmap.briefing;

/** A briefing could not be read, saved or exported; the message names the file and the reason. */
public class BriefingException extends Exception {

    public BriefingException(String message) {
        super(message);
    }

    public BriefingException(String message, Throwable cause) {
        super(message, cause);
    }
}
