package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The request list's search box takes what is typed as itself: a {@code %}, {@code _}, {@code !} or backslash is no wildcard. */
class RequestSearchTest {

    private SalonDesk desk;
    private SmallSalon salon;
    private LocalTime next = LocalTime.of(9, 0);

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(8, 0));
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Books the client named so, one after another on Pavel's day tomorrow. */
    private long book(String name, String phone) {
        long client = desk.clients().createClient(name, "Тест", phone);
        LocalDate tomorrow = TestToday.date().plusDays(1);
        BookingInfo info = desk.booking().createBooking(salon.branch, List.of(salon.haircut), tomorrow, next,
                salon.pavel, client);
        next = next.plusHours(1);
        return info.id();
    }

    private List<Long> found(String text) {
        List<Long> ids = new ArrayList<>();
        desk.requestQueries().forEach(new RequestFilter(null, null, Set.of(), null, null, text),
                RequestSort.byDateTime(), row -> ids.add(row.id()), done -> { });
        return ids;
    }

    @Test
    void findsPercentUnderscoreAndTheEscapeCharacterAsTyped() {
        long percent = book("50%", "+79160000001");
        book("50x", "+79160000002");
        long underscore = book("a_b", "+79160000003");
        book("axb", "+79160000004");
        long backslash = book("a\\b", "+79160000005");
        book("ab", "+79160000006");
        long bang = book("a!b", "+79160000007");

        assertThat(found("50%")).containsExactly(percent);
        assertThat(found("a_b")).containsExactly(underscore);
        assertThat(found("a\\b")).containsExactly(backslash);
        assertThat(found("a!b")).as("the escape character itself").containsExactly(bang);
        assertThat(found("%")).containsExactly(percent);
        assertThat(found("_")).containsExactly(underscore);
        assertThat(found("50")).as("a plain search still finds every part").hasSize(2);
    }
}
