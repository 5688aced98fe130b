package org.onedoor.cases.agreements.control;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Flowing text on A4 pages in one font, {@link AgreementFont}, of which each file embeds the glyphs
 * it uses: paragraphs broken into lines ({@link LineBreaker}) and onto new pages.
 */
final class Typesetter implements Closeable {

    record Style(float size, boolean bold) {
        float leading() {
            return size * 1.5f;
        }
    }

    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    private static final float MARGIN = 64;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MEASURE = A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Glyphs glyphs;
    private final LineBreaker lines;
    private PDPageContentStream page;
    private float y;

    /** A PDF/A-2b document of this title. */
    Typesetter(String title) throws IOException {
        try {
            font = PDType0Font.load(document, AgreementFont.program(), true);
            glyphs = new Glyphs(AgreementFont.unicode());
            lines = new LineBreaker(font, MEASURE);
            PdfA2b.declare(document, title);
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    void space(float points) {
        y -= points;
    }

    /** A new page unless this much room is left: what belongs together is not split. */
    void keepTogether(float points) throws IOException {
        if (page != null && y - points < MARGIN) {
            newPage();
        }
    }

    /** Lines separated by {@code \n}; an empty line leaves a line's room. */
    void paragraph(String text, Style style, Align align) throws IOException {
        for (String line : glyphs.printable(text).split("\n", -1)) {
            for (String wrapped : lines.wrap(line, style.size())) {
                show(wrapped, style, align);
            }
        }
    }

    byte[] toBytes() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try (document) {
            if (page != null) {
                page.close();
            }
        }
    }

    private void show(String line, Style style, Align align) throws IOException {
        if (page == null || y - style.leading() < MARGIN) {
            newPage();
        }
        y -= style.leading();
        if (line.isEmpty()) {
            return;
        }
        float width = font.getStringWidth(line) / 1000 * style.size();
        float x = switch (align) {
            case LEFT -> MARGIN;
            case CENTER -> MARGIN + (MEASURE - width) / 2;
            case RIGHT -> MARGIN + MEASURE - width;
        };
        // one weight embedded: bold is the outline stroked as well as filled, as word processors do
        page.setLineWidth(style.size() / 30);
        page.beginText();
        page.setFont(font, style.size());
        page.setRenderingMode(style.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        page.newLineAtOffset(x, y);
        page.showText(line);
        page.endText();
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = A4.getHeight() - MARGIN;
    }
}
