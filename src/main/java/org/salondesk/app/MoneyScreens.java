package org.salondesk.app;

import static org.salondesk.app.DeskScreens.DAYCLOSE;
import static org.salondesk.app.DeskScreens.REPORTS;

import java.time.Clock;
import java.util.Map;

import org.salondesk.SalonDesk;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.SheetPrinter;
import org.salondesk.ui.dayclose.DayCloseView;
import org.salondesk.ui.dayclose.DayCloseViewModel;
import org.salondesk.ui.reports.ReportsView;
import org.salondesk.ui.reports.ReportsViewModel;
import org.salondesk.ui.shell.ShellView;

/** The desk's money screens (issue 17): the day's close and the reports, and what each reads when it is opened. */
final class MoneyScreens {

    private final DayCloseViewModel dayClose;
    private final ReportsViewModel reports;

    MoneyScreens(SalonDesk desk, BackgroundExecutor background, SheetPrinter printer, Clock clock) {
        this.dayClose = new DayCloseViewModel(desk.dayClose(), desk.payments(), desk.booking(), background,
                new NoticeBoard(), printer, clock);
        this.reports = new ReportsViewModel(desk.reports(), desk.branches(), desk.masters(), background, printer,
                new NoticeBoard(), clock);
    }

    Map<String, Runnable> starts() {
        return Map.of(DAYCLOSE, dayClose::start, REPORTS, reports::start);
    }

    /** Adds the screens to the navigation, in its order (after My time). */
    void install(ShellView view) {
        view.addScreen(DAYCLOSE, "nav.dayclose", () -> new DayCloseView(dayClose), null);
        view.addScreen(REPORTS, "nav.reports", () -> new ReportsView(reports), null);
    }

    ReportsViewModel reports() {
        return reports;
    }
}
