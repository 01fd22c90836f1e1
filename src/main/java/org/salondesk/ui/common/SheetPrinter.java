package org.salondesk.ui.common;

/**
 * Sends a made PDF (see {@code org.salondesk.print.PdfSheets}) to a printer the receptionist chooses. A ViewModel
 * calls it; tests hand in one that records what would have been printed.
 */
public interface SheetPrinter {

    /** Asks which printer and prints every page; false when she cancelled or no printer is set up. */
    boolean print(byte[] pdf, String jobName);
}
