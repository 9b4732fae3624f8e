package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sitmap.core.Incident;
import org.sitmap.io.incidents.RowIssue.Severity;

/** What one read call delivered: incidents with their lines, issues and progress reports, in order. */
final class Collected {
    final List<Incident> incidents = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final List<RowIssue> issues = new ArrayList<>();
    final List<long[]> progress = new ArrayList<>();

    static Collected read(IncidentReader reader, Path file) throws ImportException {
        Collected c = new Collected();
        reader.read(file, (line, incident) -> {
            c.lines.add(line);
            c.incidents.add(incident);
        }, c.issues::add, (read, total) -> c.progress.add(new long[] {read, total}));
        return c;
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<RowIssue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).collect(Collectors.toList());
    }

    List<RowIssue> warnings() {
        return issues.stream().filter(i -> i.severity() == Severity.WARNING).collect(Collectors.toList());
    }

    /** The only issue on {@code line}; fails if there is none or more than one. */
    RowIssue onlyIssueOn(long line) {
        List<RowIssue> found = issues.stream().filter(i -> i.line() == line).collect(Collectors.toList());
        if (found.size() != 1) {
            fail("expected one issue on line " + line + " but got " + found);
        }
        return found.get(0);
    }

    /** Asserts the issue's line, field and severity and that its reason contains every key word. */
    static void assertIssue(RowIssue issue, long line, String field, Severity severity, String... keyWords) {
        assertEquals(line, issue.line(), () -> "line of " + issue);
        assertEquals(field, issue.field(), () -> "field of " + issue);
        assertEquals(severity, issue.severity(), () -> "severity of " + issue);
        for (String word : keyWords) {
            if (!issue.reason().contains(word)) {
                fail("reason of " + issue + " lacks '" + word + "'");
            }
        }
    }

    Incident bySourceId(String id) {
        return incidents.stream().filter(i -> id.equals(i.sourceEventId())).findFirst()
                .orElseThrow(() -> new AssertionError("no incident " + id + " in " + incidents));
    }

    long lineOf(String id) {
        for (int k = 0; k < incidents.size(); k++) {
            if (id.equals(incidents.get(k).sourceEventId())) {
                return lines.get(k);
            }
        }
        throw new AssertionError("no incident " + id);
    }
}
