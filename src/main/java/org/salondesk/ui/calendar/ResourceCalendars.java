package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Resource;

import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.CalendarResource;
import org.salondesk.booking.ResourceUseSummary;
import org.salondesk.i18n.Messages;

/**
 * One resource's column in CalendarFX: a calendar per booking status (the cards' colours, as in a master's column),
 * and the availability calendar, whose entries tint the stretches in which every unit is taken.
 */
final class ResourceCalendars {

    static final String ENTRY_ID_PREFIX = "use-";

    private final Resource<CalendarResource> resource;
    private final Map<BookingStatus, Calendar> byStatus = new EnumMap<>(BookingStatus.class);

    ResourceCalendars(CalendarResource shown) {
        resource = new Resource<>(shown);
        resource.getCalendarSources().clear();
        CalendarSource source = new CalendarSource(shown.name());
        for (BookingStatus status : BookingStatus.values()) {
            Calendar calendar = new Calendar(Messages.get("status." + status.name()));
            calendar.setStyle("status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            calendar.setReadOnly(true);
            byStatus.put(status, calendar);
            source.getCalendars().add(calendar);
        }
        resource.getCalendarSources().add(source);
    }

    Resource<CalendarResource> resource() {
        return resource;
    }

    /** Replaces the column's cards with {@code uses} and its tint with the {@code full} stretches of {@code date}. */
    void fill(LocalDate date, List<ResourceUseSummary> uses, List<TimeSpan> full) {
        byStatus.values().forEach(Calendar::clear);
        Calendar tint = resource.getAvailabilityCalendar();
        tint.clear();
        for (ResourceUseSummary use : uses) {
            Entry<ResourceUseSummary> entry = new Entry<>(ResourceColumnsViewModel.title(use));
            entry.setId(ENTRY_ID_PREFIX + use.bookingId() + "-" + use.resourceId() + "-" + use.startMinute());
            entry.setInterval(use.date(), use.start(), use.date(), use.end());
            entry.setUserObject(use);
            byStatus.get(use.status()).addEntry(entry);
        }
        for (TimeSpan span : full) {
            Entry<Object> taken = new Entry<>();
            taken.setInterval(date, span.startTime(), date, span.endTime());
            tint.addEntry(taken);
        }
    }
}
