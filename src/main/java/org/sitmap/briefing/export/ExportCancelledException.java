package org.sitmap.briefing.export;

import org.sitmap.briefing.BriefingException;

/** The export was cancelled or its thread interrupted; nothing was written. */
public final class ExportCancelledException extends BriefingException {

    public ExportCancelledException(String message) {
        super(message);
    }
}
