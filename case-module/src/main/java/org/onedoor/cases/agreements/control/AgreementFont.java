package org.onedoor.cases.agreements.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Noto Serif SC Regular (思源宋体, SIL Open Font License 1.1, its licence beside it as
 * {@code LICENSE_FONT}), which the build takes from its npm package. Parsed once per JVM, on the
 * first agreement (15 MB, about a second), and shared by every document after: the parser reads
 * every table up front, and what an embedding reads later, glyphs and the original bytes, FontBox
 * reads under a lock or from a stream of its own, as it does for the fonts PDFBox shares itself.
 */
final class AgreementFont {

    private static final String FILE = "NotoSerifSC_400Regular.ttf";

    private AgreementFont() {}

    static TrueTypeFont program() {
        return Parsed.FONT;
    }

    static CmapLookup unicode() {
        return Parsed.UNICODE;
    }

    /** Parsed on first use, not when the class that names it is loaded. */
    private static final class Parsed {
        static final TrueTypeFont FONT = parse();
        static final CmapLookup UNICODE = unicode(FONT);

        private static TrueTypeFont parse() {
            try (InputStream in = AgreementFont.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException("the agreement font " + FILE
                            + " is missing from the class path: the build unpacks it from its npm package (ADR 0018)");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException("the agreement font " + FILE + " cannot be read", e);
            }
        }

        private static CmapLookup unicode(TrueTypeFont font) {
            try {
                return font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("the agreement font " + FILE + " has no Unicode cmap", e);
            }
        }
    }
}
