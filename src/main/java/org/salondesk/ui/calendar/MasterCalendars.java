package org.salondesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Resource;

import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;

/**
 * One master's column in CalendarFX: a calendar per booking status (so that each status has its colour), a calendar
 * for breaks and days off, and the availability calendar whose entries shade the time she does not work.
 */
final class MasterCalendars {

    static final String ENTRY_ID_PREFIX = "booking-";

    private final Resource<EmployeeInfo> resource;
    private final Map<BookingStatus, Calendar> byStatus = new EnumMap<>(BookingStatus.class);
    private final Calendar schedule;

    MasterCalendars(EmployeeInfo master) {
        resource = new Resource<>(master);
        resource.getCalendarSources().clear();
        CalendarSource source = new CalendarSource(master.name());
        for (BookingStatus status : BookingStatus.values()) {
            Calendar calendar = readOnly(Messages.get("status." + status.name()),
                    "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            byStatus.put(status, calendar);
            source.getCalendars().add(calendar);
        }
        schedule = readOnly(Messages.get("calendar.schedule"), "schedule-item");
        source.getCalendars().add(schedule);
        resource.getCalendarSources().add(source);
    }

    private static Calendar readOnly(String name, String style) {
        Calendar calendar = new Calendar(name);
        calendar.setStyle(style);
        calendar.setReadOnly(true);
        return calendar;
    }

    Resource<EmployeeInfo> resource() {
        return resource;
    }

    /** Replaces everything shown in the column with the given bookings and schedule for [from, to]. */
    void fill(List<BookingSummary> bookings, MasterSchedule masterSchedule, LocalDate from, LocalDate to) {
        byStatus.values().forEach(Calendar::clear);
        schedule.clear();
        Calendar availability = resource.getAvailabilityCalendar();
        availability.clear();
        for (BookingSummary booking : bookings) {
            Entry<BookingSummary> entry = new Entry<>(booking.clientName() + "\n" + booking.services());
            entry.setId(ENTRY_ID_PREFIX + booking.id());
            entry.setLocation(booking.clientPhone());
            entry.setInterval(booking.date(), booking.start(), booking.date(), booking.end());
            entry.setUserObject(booking);
            byStatus.get(booking.status()).addEntry(entry);
        }
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            shade(availability, masterSchedule, date);
        }
    }

    private void shade(Calendar availability, MasterSchedule masterSchedule, LocalDate date) {
        Optional<WorkingDay> day = masterSchedule == null ? Optional.empty() : masterSchedule.workingDay(date);
        if (day.isEmpty()) {
            availability.addEntry(span(date, LocalTime.MIN, LocalTime.MAX));
            if (masterSchedule != null && masterSchedule.isDayOff(date)) {
                Entry<Object> dayOff = new Entry<>(Messages.get("calendar.dayOff"));
                dayOff.setInterval(date);
                dayOff.setFullDay(true);
                schedule.addEntry(dayOff);
            }
            return;
        }
        TimeSpan shift = day.get().shift();
        if (shift.start() > 0) {
            availability.addEntry(span(date, LocalTime.MIN, shift.startTime()));
        }
        availability.addEntry(span(date, shift.endTime(), LocalTime.MAX));
        for (TimeSpan pause : day.get().breaks()) {
            availability.addEntry(span(date, pause.startTime(), pause.endTime()));
            Entry<Object> label = new Entry<>(Messages.get("calendar.break"));
            label.setInterval(date, pause.startTime(), date, pause.endTime());
            schedule.addEntry(label);
        }
    }

    private static Entry<Object> span(LocalDate date, LocalTime start, LocalTime end) {
        Entry<Object> entry = new Entry<>();
        entry.setInterval(date, start, date, end);
        return entry;
    }
}
