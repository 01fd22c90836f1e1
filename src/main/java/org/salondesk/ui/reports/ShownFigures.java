package org.salondesk.ui.reports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.salondesk.i18n.MoneyText;
import org.salondesk.ui.common.NumberText;

/**
 * A report's figure as the screen shows it, in the desk's language ("48 750,00", "1 560"); the exports keep the
 * plain figure ("48750.00") that a spreadsheet reads as a number.
 */
final class ShownFigures {

    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d)?");

    private ShownFigures() {
    }

    static String shown(String plain) {
        if (plain == null) {
            return "";
        }
        if (MONEY.matcher(plain).matches()) {
            return MoneyText.of(new BigDecimal(plain));
        }
        if (NUMBER.matcher(plain).matches()) {
            return NumberText.desk().format(new BigDecimal(plain));
        }
        return plain;
    }
}
