package org.salondesk.ui.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.DaySheets;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.SheetOutput;

/**
 * The calendar's day sheet: the shown day of the shown branch, all masters or one, printed or saved as PDF. The
 * masters to choose from are read when the menu opens, so a master added since is there.
 */
public final class DaySheetViewModel {

    private final DaySheets sheets;
    private final BookingQueries queries;
    private final BackgroundExecutor background;
    private final SheetOutput output;
    private final Supplier<CompanyInfo> branch;
    private final Supplier<LocalDate> date;
    private final ObservableList<EmployeeInfo> masters = FXCollections.observableArrayList();

    public DaySheetViewModel(DaySheets sheets, BookingQueries queries, BackgroundExecutor background,
                             SheetOutput output, Supplier<CompanyInfo> branch, Supplier<LocalDate> date) {
        this.sheets = sheets;
        this.queries = queries;
        this.background = background;
        this.output = output;
        this.branch = branch;
        this.date = date;
    }

    /** Reads the shown branch's masters into {@link #masters()}. */
    public void readMasters() {
        CompanyInfo shown = branch.get();
        if (shown == null) {
            masters.clear();
            return;
        }
        background.run(() -> queries.calendarMasters(shown.id()), masters::setAll, failure -> masters.clear());
    }

    /** Prints the shown day: every master's bookings, or only {@code masterId}'s. */
    public void print(Long masterId) {
        CompanyInfo shown = branch.get();
        LocalDate day = date.get();
        if (shown != null && day != null) {
            output.print(() -> sheets.day(shown.id(), day, masterId, Locale.getDefault()));
        }
    }

    public void save(Long masterId, Path file) {
        CompanyInfo shown = branch.get();
        LocalDate day = date.get();
        if (shown != null && day != null) {
            output.save(() -> sheets.day(shown.id(), day, masterId, Locale.getDefault()), file);
        }
    }

    /** The day shown, for the file's name. */
    public LocalDate day() {
        return date.get();
    }

    public ObservableList<EmployeeInfo> masters() {
        return masters;
    }
}
