package org.salondesk.ui.checkout;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.salondesk.checkout.Receipt;
import org.salondesk.checkout.ReceiptSheet;
import org.salondesk.i18n.Messages;
import org.salondesk.print.Sheet;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.SheetOutput;
import org.salondesk.ui.common.SheetPrinter;

/** The receipt of a completed checkout: printed, or saved as a PDF file, through the desk's one {@link SheetOutput}. */
final class ReceiptActions {

    private final SheetOutput output;

    /** {@code told} hears what became of it, in the desk's words (saved, printed, or why not). */
    ReceiptActions(BackgroundExecutor background, SheetPrinter printer, Consumer<String> told) {
        this.output = new SheetOutput(background, printer, told, failure -> told.accept(ErrorText.of(failure)));
    }

    void print(Receipt receipt) {
        output.print(() -> sheet(receipt));
    }

    void save(Receipt receipt, Path file) {
        output.save(() -> sheet(receipt), file);
    }

    /** A file name to propose: "receipt-1001.pdf". */
    static String fileName(Receipt receipt) {
        return Messages.get("checkout.receipt.fileName", receipt.bookingNumber());
    }

    private static Sheet sheet(Receipt receipt) {
        return new ReceiptSheet(Locale.getDefault()).of(receipt);
    }
}
