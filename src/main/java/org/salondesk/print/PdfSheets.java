package org.salondesk.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays a {@link Sheet} out as a PDF (Apache PDFBox). The text is set in DejaVu Sans, embedded (only the glyphs used),
 * because the PDF standard fonts have no Cyrillic; a character the font lacks prints as '?' rather than failing.
 */
public final class PdfSheets {

    private static final float TITLE_SIZE = 14f;
    private static final float TEXT_SIZE = 9.5f;
    private static final float RECEIPT_TEXT_SIZE = 8f;
    private static final float CELL_GAP = 6f;

    private PdfSheets() {
    }

    /** The sheet as the bytes of a PDF file. */
    public static byte[] write(Sheet sheet) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheet.title());
            info.setCreator("SalonDesk");
            Fonts fonts = new Fonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
            float size = sheet.paper() == Sheet.Paper.RECEIPT ? RECEIPT_TEXT_SIZE : TEXT_SIZE;
            try (PageWriter pages = new PageWriter(document, sheet.paper(), fonts, size)) {
                pages.line(sheet.title(), TITLE_SIZE, true);
                for (String line : sheet.heading()) {
                    pages.paragraph(line, false);
                }
                pages.gap();
                for (Sheet.Block block : sheet.blocks()) {
                    pages.block(block);
                    pages.gap();
                }
                if (sheet.footer() != null && !sheet.footer().isBlank()) {
                    pages.paragraph(sheet.footer(), false);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
    }

    private static PDType0Font load(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfSheets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("The font " + name + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The regular and bold faces, with what each can print. */
    record Fonts(PDType0Font regular, PDType0Font bold) {
        PDType0Font of(boolean strong) {
            return strong ? bold : regular;
        }
    }

    /** Writes down the page from the top, starting a new page when the next line would not fit. */
    private static final class PageWriter implements AutoCloseable {
        private final PDDocument document;
        private final Sheet.Paper paper;
        private final Fonts fonts;
        private final float size;
        private final float leading;
        private PDPageContentStream content;
        private float y;

        PageWriter(PDDocument document, Sheet.Paper paper, Fonts fonts, float size) throws IOException {
            this.document = document;
            this.paper = paper;
            this.fonts = fonts;
            this.size = size;
            this.leading = size * 1.35f;
            newPage();
        }

        private float width() {
            return paper.width - 2 * paper.margin;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(new PDRectangle(paper.width, paper.height));
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = paper.height - paper.margin;
        }

        private void room(float height) throws IOException {
            if (y - height < paper.margin) {
                newPage();
            }
        }

        void block(Sheet.Block block) throws IOException {
            if (block instanceof Sheet.Paragraph paragraph) {
                paragraph(paragraph.text(), paragraph.bold());
            } else if (block instanceof Sheet.Table table) {
                table(table);
            } else if (block instanceof Sheet.Totals totals) {
                totals(totals);
            } else if (block instanceof Sheet.Picture picture) {
                picture(picture.png());
            }
        }

        void gap() {
            y -= leading / 2;
        }

        void line(String text, float fontSize, boolean bold) throws IOException {
            for (String part : wrap(Printable.of(text, fonts.of(bold)), fonts.of(bold), fontSize, width())) {
                room(fontSize * 1.35f);
                y -= fontSize * 1.35f;
                show(part, paper.margin, fontSize, bold);
            }
        }

        void paragraph(String text, boolean bold) throws IOException {
            for (String line : text.split("\n", -1)) {
                line(line, size, bold);
            }
        }

        void table(Sheet.Table table) throws IOException {
            float[] widths = widths(table.columns());
            List<String> header = table.columns().stream().map(Sheet.Column::header).toList();
            row(table.columns(), widths, header, true);
            rule();
            for (List<String> row : table.rows()) {
                if (y - leading < paper.margin) {
                    newPage();
                    row(table.columns(), widths, header, true);
                    rule();
                }
                row(table.columns(), widths, row, false);
            }
        }

        void totals(Sheet.Totals totals) throws IOException {
            for (Sheet.Total total : totals.lines()) {
                room(leading);
                y -= leading;
                PDType0Font font = fonts.of(total.bold());
                String value = Printable.of(total.value(), font);
                float valueWidth = textWidth(value, font, size);
                show(value, paper.margin + width() - valueWidth, size, total.bold());
                String label = Printable.of(total.label(), font);
                show(label, paper.margin + width() - valueWidth - CELL_GAP * 2 - textWidth(label, font, size), size,
                        total.bold());
            }
        }

        void picture(byte[] png) throws IOException {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "chart");
            float scale = Math.min(1f, width() / image.getWidth());
            float height = image.getHeight() * scale;
            room(height);
            y -= height;
            content.drawImage(image, paper.margin, y, image.getWidth() * scale, height);
        }

        private float[] widths(List<Sheet.Column> columns) {
            float total = (float) columns.stream().mapToDouble(Sheet.Column::weight).sum();
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width() * columns.get(i).weight() / total;
            }
            return widths;
        }

        /** One table row: each cell wrapped in its column, the row as tall as its tallest cell. */
        private void row(List<Sheet.Column> columns, float[] widths, List<String> cells, boolean bold)
                throws IOException {
            PDType0Font font = fonts.of(bold);
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> cell = wrap(Printable.of(cells.get(i), font), font, size, widths[i] - CELL_GAP);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            room(lines * leading);
            float x = paper.margin;
            for (int i = 0; i < cells.size(); i++) {
                float lineY = y;
                for (String part : wrapped.get(i)) {
                    lineY -= leading;
                    float left = columns.get(i).right() ? x + widths[i] - CELL_GAP - textWidth(part, font, size) : x;
                    showAt(part, left, lineY, size, bold);
                }
                x += widths[i];
            }
            y -= lines * leading;
        }

        private void rule() throws IOException {
            content.setLineWidth(0.5f);
            content.moveTo(paper.margin, y - 2);
            content.lineTo(paper.margin + width(), y - 2);
            content.stroke();
            y -= 3;
        }

        private void show(String text, float x, float fontSize, boolean bold) throws IOException {
            showAt(text, x, y, fontSize, bold);
        }

        private void showAt(String text, float x, float atY, float fontSize, boolean bold) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(fonts.of(bold), fontSize);
            content.newLineAtOffset(x, atY + fontSize * 0.25f);
            content.showText(text);
            content.endText();
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    static float textWidth(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Breaks the text at spaces (or inside a word longer than the width) into lines that fit the width. */
    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }
}
