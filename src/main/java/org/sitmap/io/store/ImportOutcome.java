package org.sitmap.io.store;

import java.nio.file.Path;
import java.util.List;
import org.sitmap.io.incidents.ImportFormat;
import org.sitmap.io.incidents.RowIssue;

/**
 * What an import did: whether it was committed, how many rows were added, skipped as duplicates
 * of rows already in the file, or rejected, and every issue reported (the first
 * {@link IncidentImport#MAX_KEPT_ISSUES}; {@code issueCount} counts all). Immutable.
 */
public record ImportOutcome(Path file, ImportFormat format, boolean committed, long added, long duplicatesInStore,
                            long rejected, long warnings, long issueCount, List<RowIssue> issues) {

    public ImportOutcome {
        issues = List.copyOf(issues);
    }

    /** One line for a status bar or the console. */
    public String summary() {
        String what = committed
                ? String.format("imported %,d incident%s from %s", added, added == 1 ? "" : "s", file.getFileName())
                : String.format("nothing imported from %s: %,d row%s rejected (use --skip-bad-rows to import the rest)",
                        file.getFileName(), rejected, rejected == 1 ? "" : "s");
        StringBuilder sb = new StringBuilder(what);
        if (committed && rejected > 0) {
            sb.append(String.format("; %,d bad row%s skipped", rejected, rejected == 1 ? "" : "s"));
        }
        if (duplicatesInStore > 0) {
            sb.append(String.format("; %,d already in the file", duplicatesInStore));
        }
        if (warnings > 0) {
            sb.append(String.format("; %,d warning%s", warnings, warnings == 1 ? "" : "s"));
        }
        return sb.toString();
    }
}
