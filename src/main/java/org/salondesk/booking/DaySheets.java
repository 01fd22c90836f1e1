package org.salondesk.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.BookingStatus;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.print.Sheet;

/**
 * The day sheet a salon pins up or hands to a master: each master's bookings of the day (cancelled ones left out) with
 * time, client, phone, services and note; the whole branch, or one master. A master gets only her own.
 */
public final class DaySheets {

    private final BookingQueries queries;
    private final CurrentStaff currentStaff;

    public DaySheets(BookingQueries queries, CurrentStaff currentStaff) {
        this.queries = queries;
        this.currentStaff = currentStaff;
    }

    /** The branch's day, every master a section of her own, or only {@code masterId}'s when it is given. */
    public Sheet day(long branchId, LocalDate date, Long masterId, Locale locale) {
        Optional<Long> own = currentStaff.onlyMaster(Act.REQUESTS_BY_DATE);
        Long only = own.orElse(masterId);
        if (masterId != null) {
            currentStaff.requireFor(Act.REQUESTS_BY_DATE, masterId);
        }
        CompanyInfo branch = queries.calendarBranches().stream().filter(one -> one.id() == branchId).findFirst()
                .orElseThrow(() -> new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId));
        List<BookingSummary> bookings = queries.forCalendar(branchId, date, date).stream()
                .filter(booking -> booking.status() != BookingStatus.CANCELLED).toList();
        List<Sheet.Block> blocks = new ArrayList<>();
        for (EmployeeInfo master : queries.calendarMasters(branchId)) {
            if (only != null && master.id() != only) {
                continue;
            }
            List<List<String>> rows = bookings.stream().filter(booking -> booking.masterId() == master.id())
                    .map(booking -> List.of(Messages.timeFormatter(locale).format(booking.start()) + "–"
                                    + Messages.timeFormatter(locale).format(booking.end()), booking.clientName(),
                            booking.clientPhone() == null ? "" : PhoneNumbers.display(booking.clientPhone()), booking.services(),
                            booking.note() == null ? "" : booking.note()))
                    .toList();
            blocks.add(new Sheet.Paragraph(master.name(), true));
            if (rows.isEmpty()) {
                blocks.add(Sheet.Paragraph.of(Messages.format(locale, "daySheet.noBookings")));
            } else {
                blocks.add(new Sheet.Table(List.of(Sheet.Column.text(text(locale, "daySheet.time"), 1.3f),
                        Sheet.Column.text(text(locale, "daySheet.client"), 2),
                        Sheet.Column.text(text(locale, "daySheet.phone"), 1.7f),
                        Sheet.Column.text(text(locale, "daySheet.services"), 2.5f),
                        Sheet.Column.text(text(locale, "daySheet.note"), 2.5f)), rows));
            }
        }
        String where = branch.address() == null || branch.address().isBlank() ? branch.name()
                : branch.name() + ", " + branch.address();
        return new Sheet(Sheet.Paper.A4, Messages.format(locale, "daySheet.title", date), List.of(where), blocks,
                null);
    }

    private static String text(Locale locale, String key) {
        return Messages.format(locale, key);
    }
}
