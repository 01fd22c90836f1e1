package org.salondesk.checkout;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.salondesk.i18n.Messages;
import org.salondesk.i18n.MoneyText;
import org.salondesk.print.Sheet;

/** The day's close on paper: the drawer's figures, the cash moved, and the close with its signature line. */
public final class DayCloseSheet {

    private DayCloseSheet() {
    }

    public static Sheet of(CashDay day, String branch, ZoneId zone, Locale locale) {
        List<Sheet.Block> blocks = new ArrayList<>();
        List<List<String>> figures = new ArrayList<>();
        for (DrawerLine line : DrawerLine.of(day)) {
            figures.add(List.of(Messages.format(locale, line.key()), MoneyText.of(locale, line.amount())));
        }
        blocks.add(new Sheet.Table(List.of(Sheet.Column.text(text(locale, "dayClose.sheet.figure"), 3),
                Sheet.Column.figure(text(locale, "dayClose.sheet.amount"), 1)), figures));
        if (!day.movements().isEmpty()) {
            DateTimeFormatter time = Messages.timeFormatter(locale).withZone(zone);
            blocks.add(new Sheet.Paragraph(text(locale, "dayClose.movements"), true));
            blocks.add(new Sheet.Table(List.of(Sheet.Column.text(text(locale, "dayClose.sheet.time"), 1),
                    Sheet.Column.text(text(locale, "dayClose.move.reason"), 4),
                    Sheet.Column.text(text(locale, "dayClose.sheet.by"), 2),
                    Sheet.Column.figure(text(locale, "dayClose.sheet.amount"), 2)),
                    day.movements().stream().map(move -> List.of(time.format(move.at()), move.reason(),
                            move.by() == null ? "" : move.by(), MoneyText.of(locale, move.amount()))).toList()));
        }
        List<Sheet.Total> totals = new ArrayList<>();
        totals.add(new Sheet.Total(text(locale, "dayClose.expected"), MoneyText.of(locale, day.expected()), true));
        if (day.closed()) {
            CashDay.Close close = day.close();
            totals.add(new Sheet.Total(text(locale, "dayClose.counted"), MoneyText.of(locale, close.counted()), true));
            totals.add(new Sheet.Total(text(locale, "dayClose.difference"),
                    MoneyText.of(locale, close.difference()), false));
            blocks.add(new Sheet.Totals(totals));
            DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                    .withZone(zone);
            blocks.add(Sheet.Paragraph.of(close.by() == null
                    ? Messages.format(locale, "dayClose.closedAt", at.format(close.at()))
                    : Messages.format(locale, "dayClose.closedBy", at.format(close.at()), close.by())));
            if (close.note() != null) {
                blocks.add(Sheet.Paragraph.of(Messages.format(locale, "dayClose.sheet.note", close.note())));
            }
            if (day.changedAfterClose()) {
                blocks.add(new Sheet.Paragraph(Messages.format(locale, "dayClose.changedAfterClose",
                        MoneyText.of(locale, close.expected())), true));
            }
        } else {
            blocks.add(new Sheet.Totals(totals));
            blocks.add(new Sheet.Paragraph(text(locale, "dayClose.sheet.open"), true));
        }
        blocks.add(Sheet.Paragraph.of("\n" + text(locale, "dayClose.sheet.signature")));
        return new Sheet(Sheet.Paper.A4, Messages.format(locale, "dayClose.sheet.title", day.date()),
                List.of(branch), blocks, null);
    }

    private static String text(Locale locale, String key) {
        return Messages.format(locale, key);
    }

    /** One line of the drawer's figures: its label's key and amount. */
    public record DrawerLine(String key, BigDecimal amount) {

        /** Opening, taken by each method, refunds among them, cash moved, cash expected: the screen's and paper's. */
        public static List<DrawerLine> of(CashDay day) {
            List<DrawerLine> lines = new ArrayList<>();
            lines.add(new DrawerLine("dayClose.opening", day.opening()));
            for (PaymentMethod method : PaymentMethod.values()) {
                lines.add(new DrawerLine("dayClose.taken." + method.name(), day.taken().get(method)));
            }
            lines.add(new DrawerLine("dayClose.takenTotal", day.takenTotal()));
            lines.add(new DrawerLine("dayClose.refunds", day.refunds()));
            lines.add(new DrawerLine("dayClose.moved", day.moved()));
            lines.add(new DrawerLine("dayClose.expected", day.expected()));
            return lines;
        }
    }
}
