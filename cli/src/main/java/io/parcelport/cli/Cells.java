package io.parcelport.cli;

/**
 * How many terminal cells text takes: East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms, most
 * emoji) take two, combining marks and format characters none, the rest one. {@code String.length()} counts UTF-16
 * units, which puts every column after a Chinese title out of line.
 */
final class Cells {

    private Cells() {
    }

    /** The cells {@code text} takes on a terminal. */
    static int width(String text) {
        int cells = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            cells += width(cp);
            i += Character.charCount(cp);
        }
        return cells;
    }

    /** The cells one code point takes: 0, 1 or 2. */
    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /**
     * The longest start of {@code text} that fits {@code cells}, with an ellipsis in its last cell when something
     * was cut.
     */
    static String cut(String text, int cells) {
        if (width(text) <= cells) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = width(cp);
            if (used + w > cells - 1) {
                break;
            }
            kept.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return kept.append('…').toString();
    }

    /** {@code text} followed by spaces up to {@code cells}. */
    static String pad(String text, int cells) {
        return text + " ".repeat(Math.max(0, cells - width(text)));
    }

    // Unicode's East Asian Width "W" and "F" ranges (UAX #11), as terminals apply them.
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp == 0x2329 || cp == 0x232A
                || cp >= 0x231A && cp <= 0x231B
                || cp >= 0x23E9 && cp <= 0x23EC
                || cp >= 0x25FD && cp <= 0x25FE
                || cp >= 0x2614 && cp <= 0x2615
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xA960 && cp <= 0xA97F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE10 && cp <= 0xFE19
                || cp >= 0xFE30 && cp <= 0xFE6F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x16FE0 && cp <= 0x18AFF
                || cp >= 0x1B000 && cp <= 0x1B2FF
                || cp >= 0x1F004 && cp <= 0x1F004
                || cp >= 0x1F0CF && cp <= 0x1F0CF
                || cp >= 0x1F18E && cp <= 0x1F18E
                || cp >= 0x1F191 && cp <= 0x1F19A
                || cp >= 0x1F200 && cp <= 0x1F251
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F680 && cp <= 0x1F6FF
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x1FA70 && cp <= 0x1FAFF
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
