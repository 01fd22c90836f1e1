package org.salondesk;

import java.util.Arrays;
import java.util.Locale;

import org.salondesk.i18n.Messages;

/**
 * Every refusal of SalonDesk: a {@link ErrorCode} for code, a message a receptionist understands for people.
 * The message is looked up in the {@code messages} resource bundle by key, so it is Russian or English as the
 * desk's locale says.
 */
public class SalonDeskException extends RuntimeException {

    private final ErrorCode code;
    private final String messageKey;
    private final transient Object[] arguments;

    public SalonDeskException(ErrorCode code, String messageKey, Object... arguments) {
        this(code, null, messageKey, arguments);
    }

    public SalonDeskException(ErrorCode code, Throwable cause, String messageKey, Object... arguments) {
        super(messageKey, cause);
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public ErrorCode code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message in the given locale. */
    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }

    @Override
    public String toString() {
        return "SalonDeskException[" + code + ", " + messageKey + Arrays.toString(arguments) + "]: " + getMessage();
    }
}
