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
    private final NoticeBoard notices;
    private final Consumer<Throwable> failed;

    public SheetOutput(BackgroundExecutor background, SheetPrinter printer, NoticeBoard notices,
                       Consumer<Throwable> failed) {
        this.background = background;
        this.printer = printer;
        this.notices = notices;
        this.failed = failed;
    }

    public void print(Callable<Sheet> sheet) {
        background.run(() -> {
            Sheet made = sheet.call();
            return new Made(made.title(), PdfSheets.write(made));
        }, made -> {
            if (!printer.print(made.pdf(), made.title())) {
                notices.post(Notice.info(Messages.get("print.notPrinted")));
            }
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
        }, saved -> notices.post(Notice.info(Messages.get("print.saved", saved.toString()))), failed);
    }

    private record Made(String title, byte[] pdf) {
    }
}
