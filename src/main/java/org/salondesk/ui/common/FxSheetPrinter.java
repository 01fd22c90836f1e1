package org.salondesk.ui.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a PDF with JavaFX's printing: each page drawn at 200 dpi and scaled to the printable area, so paper and screen
 * share one layout (the PDF's) rather than two that drift apart. Runs on the JavaFX thread (the print dialog needs it).
 */
public final class FxSheetPrinter implements SheetPrinter {

    private static final float DPI = 200f;

    private final Window owner;

    public FxSheetPrinter(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean print(byte[] pdf, String jobName) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(owner)) {
            return false;
        }
        job.getJobSettings().setJobName(jobName);
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (WritableImage page : pages(pdf)) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }

    private static List<WritableImage> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<WritableImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(image(renderer.renderImageWithDPI(i, DPI)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WritableImage image(BufferedImage rendered) {
        int width = rendered.getWidth();
        int height = rendered.getHeight();
        int[] pixels = rendered.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
