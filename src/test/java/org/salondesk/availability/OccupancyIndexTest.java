package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * Availability's read of the bookings is answered from the occupancy indexes alone on H2 (V5, V28). When it named two
 * columns those indexes lacked, H2 chose another index and fetched every row from the table: 6 times as slow on a
 * 40-master branch. A column added to the read without its index makes H2 choose another index, and this test fail.
 * H2 only: PostgreSQL's planner chooses by the table's statistics, which a small test salon does not have.
 */
class OccupancyIndexTest {

    @Test
    void aBranchsAndAMastersBookingsAreReadThroughTheirOccupancyIndexes() throws Exception {
        try (SalonDesk desk = TestDatabases.freshDesk(TestToday.at(8, 0))) {
            SmallSalon salon = new SmallSalon(desk);
            assertThat(plan(desk, false, salon.branch)).contains("IX_BOOKING_BRANCH_OCCUPANCY");
            assertThat(plan(desk, true, salon.olga)).contains("IX_BOOKING_EMPLOYEE_OCCUPANCY");
        }
    }

    private static String plan(SalonDesk desk, boolean oneMaster, long whoId) {
        LocalDate day = TestToday.date();
        return DeskInternals.database(desk).withConnection(connection -> {
            try (PreparedStatement explain = connection.prepareStatement(
                    "explain " + AvailabilityLoader.occupyingBookings(oneMaster))) {
                explain.setLong(1, whoId);
                explain.setObject(2, day);
                explain.setObject(3, day.plusDays(13));
                try (ResultSet rows = explain.executeQuery()) {
                    rows.next();
                    return rows.getString(1).toUpperCase(java.util.Locale.ROOT);
                }
            }
        });
    }
}
