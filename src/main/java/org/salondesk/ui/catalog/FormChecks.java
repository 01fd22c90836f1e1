package org.salondesk.ui.catalog;

import java.math.BigDecimal;

import org.salondesk.i18n.Messages;

/** What the catalogue forms say about a typed price or duration before anything is sent. */
final class FormChecks {

    private FormChecks() {
    }

    /** The price typed ("1500", "1 500,50"), or null when it is not one. */
    static BigDecimal price(String typed) {
        String text = typed == null ? "" : typed.replace(" ", "").replace("\u00a0", "").replace(',', '.');
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer minutes(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The problem of a price ("" when fine); {@code optional} allows blank (the service's own price). */
    static String priceProblem(String typed, boolean optional) {
        if (optional && (typed == null || typed.isBlank())) {
            return "";
        }
        BigDecimal price = price(typed);
        return price == null ? Messages.get("catalog.problem.price") : price.signum() < 0
                ? Messages.get("error.price.negative") : "";
    }

    /** The problem of a duration: a positive multiple of 5 minutes ("" when fine). */
    static String durationProblem(String typed, boolean optional) {
        if (optional && (typed == null || typed.isBlank())) {
            return "";
        }
        Integer minutes = minutes(typed);
        return minutes == null || minutes <= 0 || minutes % 5 != 0 || minutes > 12 * 60
                ? Messages.get("catalog.problem.duration") : "";
    }

    static String nameProblem(String typed) {
        return typed == null || typed.isBlank() ? Messages.get("error.required", Messages.get("field.name")) : "";
    }
}
