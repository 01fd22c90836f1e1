package org.salondesk.client;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/** A client with this phone exists already: the refusal names her, so that the desk can open her card instead. */
public final class DuplicateClientException extends SalonDeskException {

    private final long existingClientId;

    DuplicateClientException(long existingClientId, String e164, String existingName) {
        super(ErrorCode.DUPLICATE, "error.client.phoneTaken", PhoneNumbers.display(e164), existingName);
        this.existingClientId = existingClientId;
    }

    /** The client who has the phone already. */
    public long existingClientId() {
        return existingClientId;
    }
}
