package org.sitmap.districts.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictTableFormat;

/**
 * Writes the district table as CSV (UTF-8) without ever leaving a half-written file: a temporary
 * file beside the target, moved over it once complete. Stateless.
 */
public final class TableExport {

    private TableExport() {
    }

    public static void writeCsv(Path target, DistrictTable table) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        boolean moved = false;
        try {
            Files.writeString(temp, DistrictTableFormat.toCsv(DistrictTableFormat.csvRows(table)), StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
