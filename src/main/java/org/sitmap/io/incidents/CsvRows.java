package org.sitmap.io.incidents;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A UTF-8 CSV file read record by record through FastCSV, with its header row indexed by lower-case
 * column name, real (starting) line numbers for multi-line records, byte counting for progress, and
 * I/O or parse failures turned into {@link ImportException}s naming the file. Short rows read as
 * empty fields. Not thread-safe; close it when done.
 */
final class CsvRows implements Closeable {
    private final Path file;
    private final CountingInputStream counter;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> headerNames = new ArrayList<>();
    private long lastLine = 1;

    private CsvRows(Path file, CountingInputStream counter) {
        this.file = file;
        this.counter = counter;
        this.reader = CsvReader.builder().ignoreDifferentFieldCount(true).skipEmptyLines(true)
                .detectBomHeader(true).ofCsvRecord(counter, StandardCharsets.UTF_8);
        this.records = reader.iterator();
    }

    /** Opens {@code file} and reads its header row. */
    static CsvRows open(Path file) throws ImportException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new ImportException(file, "cannot open: " + e, e);
        }
        CsvRows rows = new CsvRows(file, new CountingInputStream(in));
        try {
            CsvRecord header = rows.next();
            if (header == null) {
                throw new ImportException(file, "empty file (no header row)");
            }
            for (int i = 0; i < header.getFieldCount(); i++) {
                String name = header.getField(i).strip().toLowerCase(Locale.ROOT);
                rows.headerNames.add(name);
                rows.columns.putIfAbsent(name, i);
            }
            return rows;
        } catch (ImportException | RuntimeException e) {
            rows.closeQuietly();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    CountingInputStream counter() {
        return counter;
    }

    /** The header's column names, lower-case, in file order. */
    List<String> headerNames() {
        return headerNames;
    }

    /** The index of a (lower-case) column, or -1. */
    int column(String name) {
        Integer index = columns.get(name);
        return index == null ? -1 : index;
    }

    /** Fails with a message listing every missing required column and the format's needs. */
    void require(String formatName, List<String> required) throws ImportException {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (column(name) < 0) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException(file, 1, 0, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (" + formatName + " files need " + String.join(", ", required)
                    + ")", null);
        }
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() throws ImportException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            lastLine = record.getStartingLineNumber();
            return record;
        } catch (UncheckedIOException e) {
            throw new ImportException(file, "cannot read: " + e.getCause(), e);
        } catch (CsvParseException e) {
            throw new ImportException(file, lastLine, 0, "malformed CSV after this line: " + e.getMessage(), e);
        }
    }

    /** The field at {@code column}, or "" if the column is absent or the row is short. */
    static String field(CsvRecord record, int column) {
        return column >= 0 && column < record.getFieldCount() ? record.getField(column) : "";
    }

    /** The field at {@code column}, or null if the column is absent (present but empty stays ""). */
    static String optional(CsvRecord record, int column) {
        return column < 0 ? null : field(record, column);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // the file was only read; nothing to recover
        }
    }
}
