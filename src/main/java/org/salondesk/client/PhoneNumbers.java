package org.salondesk.client;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/**
 * Phone numbers as the desk types them (8 916 123-45-67, +7 (916) 123 45 67, 9161234567, 8.916.123.45.67) normalised
 * to E.164 (+79161234567) with libphonenumber. Numbers without a country code are read as Russian. The one rule of
 * what a phone field takes: the booking dialog, the client form and the services all ask {@link #problem} or
 * {@link #normalize}.
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "RU";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    // What the client search reads as a phone too: digits and the usual separators.
    private static final String SEPARATORS = " \t()+-.";
    private static final int RUSSIAN_DIGITS = 10;

    private PhoneNumbers() {
    }

    /** The number in E.164, refused with INVALID_ARGUMENT saying what is wrong when it is not a phone number. */
    public static String normalize(String typed) {
        Phonenumber.PhoneNumber number = parse(typed);
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /**
     * What is wrong with a typed phone, in words for the field (a letter, too few or too many digits, a code that
     * does not exist); empty when the phone is one the desk takes.
     */
    public static Optional<String> problem(String typed) {
        try {
            parse(typed);
            return Optional.empty();
        } catch (SalonDeskException refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    private static Phonenumber.PhoneNumber parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.phone.required");
        }
        String text = typed.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && SEPARATORS.indexOf(c) < 0) {
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.phone.notDigit", String.valueOf(c),
                        text);
            }
        }
        String digits = text.replaceAll("\\D", "");
        russianDigits(text, digits).ifPresent(national -> {
            if (national.length() != RUSSIAN_DIGITS) {
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, national.length() < RUSSIAN_DIGITS
                        ? "error.phone.tooShort" : "error.phone.tooLong", digits.length(), text);
            }
        });
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(text, DEFAULT_REGION);
        } catch (NumberParseException e) {
            if (e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE) {
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, e, "error.phone.country", text);
            }
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, e,
                    e.getErrorType() == NumberParseException.ErrorType.TOO_LONG ? "error.phone.tooLong"
                            : "error.phone.tooShort", digits.length(), text);
        }
        switch (UTIL.isPossibleNumberWithReason(number)) {
            case TOO_SHORT -> throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.phone.tooShort",
                    digits.length(), text);
            case TOO_LONG -> throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.phone.tooLong",
                    digits.length(), text);
            case INVALID_COUNTRY_CODE -> throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT,
                    "error.phone.country", text);
            default -> {
            }
        }
        if (!UTIL.isValidNumber(number)) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.phone.invalid", text);
        }
        return number;
    }

    /**
     * The ten digits after 8 or +7 of a Russian number as typed (all the digits when neither is typed), or empty for
     * a number with another country code. libphonenumber alone would take a short "8 916 123-45-6" for a whole number.
     */
    private static Optional<String> russianDigits(String text, String digits) {
        if (text.startsWith("+")) {
            return digits.startsWith("7") ? Optional.of(digits.substring(1)) : Optional.empty();
        }
        boolean prefixed = digits.startsWith("8") || digits.startsWith("7") && digits.length() > RUSSIAN_DIGITS;
        return Optional.of(prefixed ? digits.substring(1) : digits);
    }

    /** The E.164 number as people read it: +7 916 123-45-67. */
    public static String display(String e164) {
        if (e164 == null) {
            return "";
        }
        try {
            return UTIL.format(UTIL.parse(e164, DEFAULT_REGION), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
