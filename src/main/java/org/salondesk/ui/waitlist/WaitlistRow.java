package org.salondesk.ui.waitlist;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.salondesk.availability.FreeStart;
import org.salondesk.i18n.Messages;
import org.salondesk.waitlist.WaitlistEntry;
import org.salondesk.waitlist.WaitlistMatch;

/** One line of the Waiting list screen: an entry, and the free starts found for it now (none: no match). */
public record WaitlistRow(WaitlistEntry entry, List<FreeStart> starts) {

    public WaitlistRow {
        starts = List.copyOf(starts);
    }

    static WaitlistRow of(WaitlistMatch match) {
        return new WaitlistRow(match.entry(), match.starts());
    }

    public boolean matched() {
        return !starts.isEmpty();
    }

    /** The master wanted, or "any". */
    public String master() {
        return entry.masterName() == null ? Messages.get("waitlist.anyMaster") : entry.masterName();
    }

    /** The range wanted: dates and times of day. */
    public String wanted() {
        return Messages.get("waitlist.wanted", date(entry.dateFrom()),
                date(entry.dateTo()), Messages.time(entry.timeFrom()), Messages.time(entry.timeTo()));
    }

    private static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.getDefault()).format(date);
    }

    /** The free starts found, the first offered first; empty when none. */
    public String offered() {
        return String.join(", ", starts.stream().map(start -> Messages.dateTimeFormatter()
                .format(start.date().atTime(start.offer().time()))).toList());
    }
}
