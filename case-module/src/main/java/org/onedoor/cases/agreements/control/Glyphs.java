package org.onedoor.cases.agreements.control;

import org.apache.fontbox.ttf.CmapLookup;

/**
 * What the font can print of a text typed by a person. A character the font lacks becomes 〓, the
 * typesetter's mark for a missing type, rather than an empty box (which PDF/A forbids) or a refusal
 * to print the agreement; invisible characters (controls, zero-width and variation selectors) go.
 */
final class Glyphs {

    static final int MISSING = '〓';

    private final CmapLookup unicode;

    Glyphs(CmapLookup unicode) {
        this.unicode = unicode;
        if (!has(MISSING)) {
            throw new IllegalStateException("the font has no glyph for " + Character.toString(MISSING));
        }
    }

    /** Lines end in {@code \n}; a tab is a space. */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\t', ' ')
                .codePoints()
                .forEach(codePoint -> {
                    if (codePoint == '\n' || has(codePoint)) {
                        printable.appendCodePoint(codePoint);
                    } else if (!invisible(codePoint)) {
                        printable.appendCodePoint(MISSING);
                    }
                });
        return printable.toString();
    }

    private boolean has(int codePoint) {
        return unicode.getGlyphId(codePoint) != 0;
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }
}
