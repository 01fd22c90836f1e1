package org.salondesk.ui.requests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingService;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestQueries;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;
import org.salondesk.booking.RequestsCsv;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;

/**
 * What the request list does to many requests at once, in the background: confirm or cancel the ticked ones, and
 * export the whole filtered list. Each says what it did (or why not) on the notice board.
 */
final class RequestActions {

    private final BookingService booking;
    private final RequestQueries queries;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    /** What the list does after an action: forgets the ticks and reads the page again; after a failure, only reads. */
    private final Runnable done;
    private final Runnable afterFailure;
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(this, "exportProgress", -1);

    RequestActions(BookingService booking, RequestQueries queries, BackgroundExecutor background,
                   NoticeBoard notices, Runnable done, Runnable afterFailure) {
        this.booking = booking;
        this.queries = queries;
        this.background = background;
        this.notices = notices;
        this.done = done;
        this.afterFailure = afterFailure;
    }

    /** Confirms every NEW request of {@code chosen}; others are left as they are and counted. */
    void confirm(List<RequestRow> chosen) {
        List<RequestRow> newOnes = chosen.stream().filter(row -> row.status() == BookingStatus.NEW).toList();
        background.run(() -> {
            for (RequestRow row : newOnes) {
                booking.changeStatus(row.id(), BookingStatus.CONFIRMED, null);
            }
            return newOnes.size();
        }, confirmed -> finished(Messages.get("requests.confirmedMany", confirmed, chosen.size() - confirmed)),
                this::failed);
    }

    /** Cancels every request of {@code chosen} that can be cancelled, with one (checked) reason. */
    void cancel(List<RequestRow> chosen, String reason) {
        List<RequestRow> cancellable = chosen.stream()
                .filter(row -> row.status().canChangeTo(BookingStatus.CANCELLED)).toList();
        background.run(() -> {
            for (RequestRow row : cancellable) {
                booking.cancelBooking(row.branchId(), row.id(), reason);
            }
            return cancellable.size();
        }, cancelled -> finished(Messages.get("requests.cancelledMany", cancelled, chosen.size() - cancelled)),
                this::failed);
    }

    /** Writes every row of the filter in its order to {@code file}; {@code total} rows are expected. */
    void export(RequestFilter filter, RequestSort order, long total, Path file) {
        long expected = Math.max(1, total);
        exportProgress.set(0);
        background.run(() -> {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return new RequestsCsv(queries).export(filter, order, out, written -> background.onUiThread(() ->
                        exportProgress.set(Math.min(1.0, written / (double) expected))));
            } catch (IOException e) {
                throw new SalonDeskException(ErrorCode.STORAGE, e, "error.export.write", e.getMessage());
            }
        }, written -> {
            exportProgress.set(-1);
            notices.post(Notice.info(Messages.get("requests.exported", written, file.toString())));
        }, failure -> {
            exportProgress.set(-1);
            notices.post(Notice.error(ErrorText.of(failure)));
        });
    }

    /** 0..1 while exporting, -1 otherwise. */
    ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    private void finished(String message) {
        notices.post(Notice.info(message));
        done.run();
    }

    private void failed(Throwable failure) {
        notices.post(Notice.error(ErrorText.of(failure)));
        afterFailure.run();
    }
}
