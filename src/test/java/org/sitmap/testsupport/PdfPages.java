package org.sitmap.testsupport;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of PDF pages, for tests that read back briefing PDFs. */
public final class PdfPages {

    private PdfPages() {
    }

    /** The text PDFBox extracts from one page, numbered from 1. */
    public static String text(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }
}
