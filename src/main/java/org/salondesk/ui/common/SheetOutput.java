package org.salondesk.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.i18n.Messages;
import org.salondesk.print.PdfSheets;
import org.salondesk.print.Sheet;

/**
 * Prints a screen's sheet (a day's close, a day sheet, an appointment card) or saves it as PDF: the sheet is read and
 * laid out in the background, the printer is asked on the UI thread, and what came of it is told in a notice.
 */
public final class SheetOutput {

    private final BackgroundExecutor background;
    private final SheetPrinter printer;
    private final Consumer<String> told;
    private final Consumer<Throwable> failed;

    /** {@code told} hears what became of it in the desk's words; {@code failed} why it could not be made. */
    public SheetOutput(BackgroundExecutor background, SheetPrinter printer, Consumer<String> told,
                       Consumer<Throwable> failed) {
        this.background = background;
        this.printer = printer;
        this.told = told;
        this.failed = failed;
    }

    /** Tells on the screen's notice line, failures as errors. */
    public static SheetOutput toNotices(BackgroundExecutor background, SheetPrinter printer, NoticeBoard notices) {
        return new SheetOutput(background, printer, text -> notices.post(Notice.info(text)),
                failure -> notices.post(Notice.error(ErrorText.of(failure))));
    }

    public void print(Callable<Sheet> sheet) {
        background.run(() -> {
            Sheet made = sheet.call();
            return new Made(made.title(), PdfSheets.write(made));
        }, made -> {
            told.accept(Messages.get(printer.print(made.pdf(), made.title()) ? "print.printed" : "print.notPrinted"));
        }, failed);
    }

    public void save(Callable<Sheet> sheet, Path file) {
        background.run(() -> {
            byte[] pdf = PdfSheets.write(sheet.call());
            try {
                Files.write(file, pdf);
            } catch (IOException e) {
                throw new SalonDeskException(ErrorCode.STORAGE, e, "error.export.write", e.getMessage());
            }
            return file;
        }, saved -> told.accept(Messages.get("print.saved", saved.toString())), failed);
    }

    private record Made(String title, byte[] pdf) {
    }
}
