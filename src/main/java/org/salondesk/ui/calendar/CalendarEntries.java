package org.salondesk.ui.calendar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.calendarfx.model.Resource;
import com.calendarfx.view.ResourcesView;

import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;

/** Maps a {@link CalendarSnapshot} onto a CalendarFX {@link ResourcesView}: one resource (column) per master. */
final class CalendarEntries {

    // Columns are kept across reloads so that CalendarFX keeps its views (no flicker, scroll position kept).
    private final Map<Long, MasterCalendars> byMaster = new HashMap<>();

    /** Shows the snapshot's days in a column for each of {@code masters}. */
    void show(ResourcesView<Resource<EmployeeInfo>> view, CalendarSnapshot snapshot, List<EmployeeInfo> masters,
              Function<Long, List<BookingSummary>> bookingsOf) {
        List<MasterCalendars> columns = masters.stream()
                .map(master -> byMaster.computeIfAbsent(master.id(), id -> new MasterCalendars(master)))
                .toList();
        List<Resource<EmployeeInfo>> resources = columns.stream().map(MasterCalendars::resource).toList();
        if (!view.getResources().equals(resources)) {
            view.getResources().setAll(resources);
        }
        view.setNumberOfDays(snapshot.days());
        view.setDate(snapshot.from());
        for (MasterCalendars column : columns) {
            long id = column.resource().getUserObject().id();
            column.fill(bookingsOf.apply(id), snapshot.schedules().get(id), snapshot.from(), snapshot.to());
        }
    }
}
