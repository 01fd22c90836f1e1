package org.salondesk.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount of money as the language writes it, always with its kopecks: "2,500.00", "2 500,00". */
public final class MoneyText {

    private MoneyText() {
    }

    public static String of(Locale locale, BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(amount);
    }

    /** In the desk's language. */
    public static String of(BigDecimal amount) {
        return of(Locale.getDefault(), amount);
    }
}
