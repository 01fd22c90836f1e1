package org.salondesk.ui.common;

import org.salondesk.SalonDeskException;
import org.salondesk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into a sentence for the screen; anything that is not a refusal of ours goes to the log. */
public final class ErrorText {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof SalonDeskException refusal) {
            return refusal.getMessage();
        }
        LOG.error("Unexpected failure", failure);
        return Messages.get("error.unexpected");
    }
}
