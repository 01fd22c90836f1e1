package org.salondesk.ui.checkout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.salondesk.checkout.Receipt;
import org.salondesk.checkout.ReceiptSheet;
import org.salondesk.i18n.Messages;
import org.salondesk.print.PdfSheets;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.SheetPrinter;

/** The receipt of a completed checkout: printed, or saved as a PDF file; the PDF is made off the UI thread. */
final class ReceiptActions {

    private final BackgroundExecutor background;
    private final SheetPrinter printer;
    private final Consumer<String> told;

    /** {@code told} hears what became of it, in the desk's words (saved, printed, or why not). */
    ReceiptActions(BackgroundExecutor background, SheetPrinter printer, Consumer<String> told) {
        this.background = background;
        this.printer = printer;
        this.told = told;
    }

    void print(Receipt receipt) {
        background.run(() -> pdf(receipt), pdf -> told.accept(printer.print(pdf, jobName(receipt))
                ? Messages.get("checkout.receipt.printed") : ""), failure -> told.accept(ErrorText.of(failure)));
    }

    void save(Receipt receipt, Path file) {
        background.run(() -> Files.write(file, pdf(receipt)), written -> told.accept(Messages.get(
                "checkout.receipt.saved", written.getFileName().toString())), failure -> told.accept(
                Messages.get("checkout.receipt.notSaved", file.getFileName().toString())));
    }

    /** A file name to propose: "receipt-1001.pdf". */
    static String fileName(Receipt receipt) {
        return Messages.get("checkout.receipt.fileName", receipt.bookingNumber());
    }

    private static String jobName(Receipt receipt) {
        return Messages.get("receipt.booking", receipt.bookingNumber());
    }

    private static byte[] pdf(Receipt receipt) {
        return PdfSheets.write(new ReceiptSheet(Locale.getDefault()).of(receipt));
    }
}
