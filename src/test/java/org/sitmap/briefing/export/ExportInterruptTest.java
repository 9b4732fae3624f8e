package org.sitmap.briefing.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.testsupport.FileDigest;

/** An export stopped on purpose, mid-way, leaves no new file and an old one exactly as it was. */
class ExportInterruptTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void cancellingAfterTheSecondPageLeavesNoFileAndNoTemporaryFile() throws Exception {
        BriefingFixture fx = new BriefingFixture(dir);
        Path out = dir.resolve("brief.pdf");
        AtomicInteger pagesStarted = new AtomicInteger();
        ExportProgress cancelAfterTwo = new ExportProgress() {
            @Override
            public void page(int done, int total, String what) {
                pagesStarted.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return pagesStarted.get() > 2;
            }
        };
        ExportCancelledException e = assertThrows(ExportCancelledException.class,
                () -> PdfBriefingWriter.write(fx.input(), fx.views, fx.sources, out, cancelAfterTwo));
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        assertEquals(3, pagesStarted.get(), "stopped during the third page, before the rest");
        assertFalse(Files.exists(out));
        assertEquals(List.of("demo-incidents.gpkg"), names(dir));
    }

    @Test
    void interruptingTheThreadMidExportKeepsAnExistingFileByteForByte() throws Exception {
        BriefingFixture fx = new BriefingFixture(dir);
        Path out = dir.resolve("brief.pdf");
        PdfBriefingWriter.write(fx.input(), fx.views.subList(0, 1), fx.sources, out, ExportProgress.NONE);
        String before = FileDigest.sha256(out);
        ExportProgress interruptOnThirdPage = (done, total, what) -> {
            if (done == 2) {
                Thread.currentThread().interrupt();
            }
        };
        assertThrows(ExportCancelledException.class,
                () -> PdfBriefingWriter.write(fx.input(), fx.views, fx.sources, out, interruptOnThirdPage));
        assertTrue(Thread.interrupted(), "the interrupt is left set for the caller");
        assertEquals(before, FileDigest.sha256(out), "the old PDF is untouched");
        assertEquals(List.of("brief.pdf", "demo-incidents.gpkg"), names(dir));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertEquals(2, doc.getNumberOfPages(), "still the complete one-view briefing");
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
