package org.salondesk.checkout;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.salondesk.i18n.Messages;
import org.salondesk.i18n.MoneyText;
import org.salondesk.print.Sheet;

/** Lays a {@link Receipt} out on a receipt printer's roll, in the words and number format of {@code locale}. */
public final class ReceiptSheet {

    private final Locale locale;

    public ReceiptSheet(Locale locale) {
        this.locale = locale;
    }

    public Sheet of(Receipt receipt) {
        List<String> heading = new ArrayList<>();
        if (receipt.branchAddress() != null && !receipt.branchAddress().isBlank()) {
            heading.add(receipt.branchAddress());
        }
        heading.add(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(receipt.at()));
        heading.add(text("receipt.booking", receipt.bookingNumber()));
        heading.add(text("receipt.client", receipt.clientName()));
        heading.add(text("receipt.master", receipt.masterName()));
        List<Sheet.Block> blocks = new ArrayList<>();
        blocks.add(new Sheet.Table(List.of(Sheet.Column.text(text("receipt.item"), 3),
                Sheet.Column.figure(text("receipt.quantity"), 1), Sheet.Column.figure(text("receipt.sum"), 2)),
                receipt.lines().stream().map(this::row).toList()));
        blocks.add(new Sheet.Totals(totals(receipt)));
        List<Sheet.Total> paid = new ArrayList<>();
        for (Receipt.Paid payment : receipt.payments()) {
            paid.add(new Sheet.Total(text(paidKey(payment.method())), amount(payment.amount()),
                    false));
            if (payment.tendered() != null) {
                paid.add(new Sheet.Total(text("receipt.tendered"), amount(payment.tendered()), false));
            }
        }
        if (receipt.change().signum() > 0) {
            paid.add(new Sheet.Total(text("receipt.change"), amount(receipt.change()), false));
        }
        if (!paid.isEmpty()) {
            blocks.add(new Sheet.Totals(paid));
        }
        return new Sheet(Sheet.Paper.RECEIPT, receipt.branchName(), heading, blocks, text("receipt.footer"));
    }

    private List<String> row(Receipt.Line line) {
        String title = line.priceReason() == null ? line.title()
                : line.title() + "\n" + text("receipt.priceReason", line.priceReason());
        return List.of(title, Integer.toString(line.quantity()), amount(line.amount()));
    }

    private List<Sheet.Total> totals(Receipt receipt) {
        List<Sheet.Total> totals = new ArrayList<>();
        totals.add(new Sheet.Total(text("receipt.linesTotal"), amount(receipt.linesTotal()), false));
        if (receipt.discount().signum() > 0) {
            totals.add(new Sheet.Total(receipt.discountReason() == null ? text("receipt.discount")
                    : text("receipt.discountFor", receipt.discountReason()), "−" + amount(receipt.discount()),
                    false));
        }
        if (receipt.tip().signum() > 0) {
            totals.add(new Sheet.Total(text("receipt.tip"), amount(receipt.tip()), false));
        }
        totals.add(new Sheet.Total(text("receipt.totalDue"), amount(receipt.totalDue()), true));
        if (receipt.prepaid().signum() > 0) {
            totals.add(new Sheet.Total(text("receipt.prepaid"), amount(receipt.prepaid()), false));
        }
        return totals;
    }

    private static String paidKey(PaymentMethod method) {
        return switch (method) {
            case CASH -> "receipt.paidCash";
            case CARD -> "receipt.paidCard";
            case TRANSFER -> "receipt.paidTransfer";
        };
    }

    private String amount(BigDecimal value) {
        return MoneyText.of(locale, value);
    }

    private String text(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
