package org.salondesk.ui.common;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into a sentence for the screen. A refusal of ours (bad input, a taken slot) is the user's to fix;
 * anything else, and every storage failure, goes to the log with its cause, since only the log can explain it.
 */
public final class ErrorText {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof SalonDeskException refusal) {
            if (refusal.code() == ErrorCode.STORAGE) {
                LOG.error("Storage failure: {}", refusal.getMessage(), refusal);
            }
            return refusal.getMessage();
        }
        LOG.error("Unexpected failure", failure);
        return Messages.get("error.unexpected");
    }
}
