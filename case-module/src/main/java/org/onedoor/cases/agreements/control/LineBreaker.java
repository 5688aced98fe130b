package org.onedoor.cases.agreements.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lines of at most the measure. Chinese breaks between any two characters, except that closing
 * punctuation never starts a line (it hangs in the margin instead) and opening punctuation never
 * ends one; runs of Latin letters and digits (an ID number, a phone) stay whole unless wider than
 * a line.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…%,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private final PDFont font;
    private final float measure;
    private final Map<String, Float> widths = new HashMap<>();

    LineBreaker(PDFont font, float measure) {
        this.font = font;
        this.measure = measure;
    }

    private record Token(String text, float width) {}

    List<String> wrap(String line, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : tokens(line, size)) {
            boolean fits = width(current) + token.width() <= measure || current.isEmpty();
            if (fits || is(NO_LINE_START, token)) {
                current.add(token);
                continue;
            }
            List<Token> carried = new ArrayList<>();
            while (current.size() > 1 && is(NO_LINE_END, current.get(current.size() - 1))) {
                carried.add(0, current.remove(current.size() - 1));
            }
            lines.add(text(current));
            current = carried;
            if (!token.text().isBlank() || !current.isEmpty()) {
                current.add(token);
            }
        }
        lines.add(text(current));
        return lines;
    }

    private static boolean is(String punctuation, Token token) {
        return token.text().codePointCount(0, token.text().length()) == 1 && punctuation.contains(token.text());
    }

    private static float width(List<Token> tokens) {
        float width = 0;
        for (Token token : tokens) {
            width += token.width();
        }
        return width;
    }

    private static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        tokens.forEach(token -> text.append(token.text()));
        return text.toString().stripTrailing();
    }

    /** Single characters, except runs of Latin letters and digits, which are split only if wider than a line. */
    private List<Token> tokens(String line, float size) throws IOException {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint > ' ' && codePoint < 0x2000) {
                word.appendCodePoint(codePoint);
                continue;
            }
            flush(word, tokens, size);
            tokens.add(token(Character.toString(codePoint), size));
        }
        flush(word, tokens, size);
        return tokens;
    }

    private void flush(StringBuilder word, List<Token> tokens, float size) throws IOException {
        if (word.isEmpty()) {
            return;
        }
        Token whole = token(word.toString(), size);
        if (whole.width() <= measure) {
            tokens.add(whole);
        } else {
            for (int codePoint : word.codePoints().toArray()) {
                tokens.add(token(Character.toString(codePoint), size));
            }
        }
        word.setLength(0);
    }

    private Token token(String text, float size) throws IOException {
        return new Token(text, units(text) / 1000 * size);
    }

    private float units(String text) throws IOException {
        Float units = widths.get(text);
        if (units == null) {
            units = font.getStringWidth(text);
            widths.put(text, units);
        }
        return units;
    }
}
