package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.persistence.Database;
import org.salondesk.testing.DatabaseContents;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The small salon at 9:00 today, with bookings of today at the desk and a look at the rows the checkout wrote. */
final class CheckoutDesk implements AutoCloseable {

    static final LocalDate TODAY = TestToday.date();

    final MutableClock clock = TestToday.at(9, 0);
    final SalonDesk desk = TestDatabases.freshDesk(clock);
    final SmallSalon salon = new SmallSalon(desk);
    private int bookings;

    /** A haircut and a manicure with Ольга today, moved along to {@code status}. */
    long booking(BookingStatus status) {
        long id = desk.booking().createBooking(salon.branch, List.of(salon.haircut, salon.manicure), TODAY,
                LocalTime.of(9 + 3 * bookings++, 0), salon.olga, salon.anna).id();
        for (BookingStatus step : List.of(BookingStatus.CONFIRMED, BookingStatus.ARRIVED)) {
            if (status.ordinal() >= step.ordinal()) {
                desk.booking().changeStatus(id, step, null);
            }
        }
        return id;
    }

    long product(String name, String price, int stock) {
        return desk.products().create(salon.branch, new ProductForm(name, new BigDecimal(price), stock, true));
    }

    BookingStatus status(long bookingId) {
        return BookingStatus.valueOf(rows("SELECT status FROM booking WHERE id = " + bookingId).get(0));
    }

    /** The query's rows, each its columns joined with " | ". */
    List<String> rows(String sql) {
        return database().withConnection(connection -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = row.getObject(i);
                        values.add(value instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(value));
                    }
                    rows.add(String.join(" | ", values));
                }
            }
            return rows;
        });
    }

    void execute(String sql) {
        database().withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                return update.executeUpdate();
            }
        });
    }

    /** Everything the database holds: equal before and after means nothing was written, no id used up. */
    String contents() throws SQLException {
        try (Connection connection = database().dataSource().getConnection()) {
            return DatabaseContents.of(connection);
        }
    }

    private Database database() {
        return DeskInternals.database(desk);
    }

    @Override
    public void close() {
        desk.close();
    }
}
