package org.salondesk.print;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Text made printable in a font: tabs and control characters become spaces, a glyph it lacks becomes '?'. */
final class Printable {

    private Printable() {
    }

    static String of(String text, PDType0Font font) {
        if (text == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                printable.append(' ');
            } else if (has(font, codePoint)) {
                printable.appendCodePoint(codePoint);
            } else {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    private static boolean has(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
