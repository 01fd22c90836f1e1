package org.salondesk.client;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/**
 * Phone numbers as the desk types them (8 916 123-45-67, +7 (916) 123 45 67, 9161234567) normalised to E.164
 * (+79161234567) with libphonenumber. Numbers without a country code are read as Russian.
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "RU";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164, refused with INVALID_ARGUMENT when it is not a valid phone number. */
    public static String normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.phone.required");
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(typed.strip(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.phone.invalid", typed.strip());
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, e, "error.phone.invalid", typed.strip());
        }
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
