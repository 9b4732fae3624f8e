package org.sitmap.briefing.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sitmap.briefing.BriefingException;
import org.sitmap.briefing.BriefingSources;
import org.sitmap.briefing.SavedView;

/**
 * Writes a whole briefing as one PDF: a landscape A4 page per view (map as vector graphics through
 * pdfbox-graphics2d over the same renderer as the screen, title block, legend, table, banners,
 * watermark) and a last page of sources and attributions. Text is real text in embedded DejaVu
 * fonts. The PDF is saved to a temporary file beside the target and moved over it only when
 * complete; cancellation (by the progress callback or an interrupt) or a failure leaves no new file
 * and an existing target untouched. Runs on a worker; stateless.
 */
public final class PdfBriefingWriter {

    /** A4 landscape in points; pages are laid out in logical pixels at 96 per inch (0.75 pt each). */
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final double PX = 0.75;

    private PdfBriefingWriter() {
    }

    /** What was written, for the CLI and status line. */
    public record Result(int pages, long bytes, long millis, boolean fontsEmbedded) {
    }

    public static Result write(BriefingInput in, List<SavedView> views, List<BriefingSources.Section> sources,
                               Path target, ExportProgress progress) throws BriefingException {
        if (views.isEmpty()) {
            throw new BriefingException(target + ": the briefing has no views to export");
        }
        long start = System.nanoTime();
        BooleanSupplier cancelled = () -> progress.cancelled() || Thread.currentThread().isInterrupted();
        int total = views.size() + 1;
        try {
            long bytes = AtomicOutput.write(target, tmp -> {
                try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.drawer()) {
                    info(doc, in, views);
                    double w = PAGE.getWidth() / PX;
                    double h = PAGE.getHeight() / PX;
                    BriefingPageRenderer renderer = new BriefingPageRenderer();
                    for (int i = 0; i < views.size(); i++) {
                        SavedView v = views.get(i);
                        check(cancelled, target);
                        progress.page(i, total, v.title());
                        ComposedView c = in.compose(v);
                        BriefingPage page = in.page(v, c);
                        PageLayout lay = PageLayout.of(w, h, page, 1);
                        PdfBoxGraphics2D g = graphics(doc, fonts);
                        boolean done = renderer.paintPage(g, lay, page, c, v.extent(), in.projection(), in.theme(), cancelled);
                        g.dispose();
                        check(() -> !done || cancelled.getAsBoolean(), target);
                        addPage(doc, g);
                    }
                    check(cancelled, target);
                    progress.page(views.size(), total, "Sources and attributions");
                    PdfBoxGraphics2D g = graphics(doc, fonts);
                    SourcesPage.paint(g, w, h, sources, in.banner(), in.synthetic(), in.generated(), in.theme());
                    g.dispose();
                    addPage(doc, g);
                    check(cancelled, target);
                    progress.page(total, total, "saving");
                    doc.save(tmp.toFile());
                }
                check(cancelled, target);
            });
            return new Result(total, bytes, (System.nanoTime() - start) / 1_000_000, PdfFonts.available());
        } catch (IOException e) {
            throw new BriefingException(target + ": writing the PDF failed (" + e.getMessage() + "); nothing was written", e);
        }
    }

    private static PdfBoxGraphics2D graphics(PDDocument doc, PdfBoxGraphics2DFontTextDrawer fonts) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, PAGE.getWidth(), PAGE.getHeight());
        g.setFontTextDrawer(fonts);
        g.scale(PX, PX);
        return g;
    }

    private static void addPage(PDDocument doc, PdfBoxGraphics2D g) throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawForm(g.getXFormObject());
        }
    }

    private static void info(PDDocument doc, BriefingInput in, List<SavedView> views) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(views.get(0).title() + (views.size() > 1 ? " … (" + views.size() + " views)" : ""));
        info.setCreator("Sitmap");
        info.setProducer("Sitmap with Apache PDFBox");
        info.setSubject(in.banner().text());
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(in.generated().toEpochMilli());
        info.setCreationDate(c);
    }

    private static void check(BooleanSupplier cancelled, Path target) throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new AtomicOutput.Cancelled(target + ": export cancelled; nothing was written");
        }
    }
}
