package org.sitmap.io.incidents;

/**
 * Receives every {@link RowIssue} a reader finds, on the reader's thread, in file order; issues of
 * a row come before that row's incident (if it is kept).
 */
@FunctionalInterface
public interface IssueSink {

    /** Drops all issues. */
    IssueSink IGNORE = issue -> { };

    void report(RowIssue issue);
}
