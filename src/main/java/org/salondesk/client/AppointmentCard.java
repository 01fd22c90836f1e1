package org.salondesk.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.salondesk.availability.BookingStatus;
import org.salondesk.i18n.Messages;
import org.salondesk.print.Sheet;

/** The card a client takes home: her next visits (date, time, master, services), on the receipt printer's roll. */
public final class AppointmentCard {

    private static final Set<BookingStatus> COMING = Set.of(BookingStatus.NEW, BookingStatus.CONFIRMED);

    private AppointmentCard() {
    }

    /** Her visits still to come from {@code today} on, soonest first. */
    public static List<ClientVisit> nextVisits(ClientCard card, LocalDate today) {
        return card.history().stream().filter(visit -> COMING.contains(visit.status()))
                .filter(visit -> !visit.date().isBefore(today))
                .sorted(java.util.Comparator.comparing(ClientVisit::date).thenComparing(ClientVisit::time)).toList();
    }

    public static Sheet of(ClientCard card, LocalDate today, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = Messages.timeFormatter(locale);
        List<List<String>> rows = nextVisits(card, today).stream().map(visit -> List.of(
                date.format(visit.date()) + " " + time.format(visit.time()), visit.master() == null ? ""
                        : visit.master(), visit.services())).toList();
        List<Sheet.Block> blocks = rows.isEmpty()
                ? List.of(Sheet.Paragraph.of(Messages.format(locale, "appointmentCard.none")))
                : List.of(new Sheet.Table(List.of(Sheet.Column.text(Messages.format(locale, "appointmentCard.when"), 2),
                Sheet.Column.text(Messages.format(locale, "appointmentCard.master"), 1.5f),
                Sheet.Column.text(Messages.format(locale, "appointmentCard.services"), 2)), rows));
        return new Sheet(Sheet.Paper.RECEIPT, Messages.format(locale, "appointmentCard.title"),
                List.of(card.client().fullName()), blocks, Messages.format(locale, "appointmentCard.footer"));
    }
}
