package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.print.PdfSheets;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The day sheet on paper: each master's bookings of the day with phone, services and note, cancelled ones left out. */
class DaySheetsTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(9, 0);
    private final SalonDesk desk = TestDatabases.freshDesk(clock);
    private final SmallSalon salon = new SmallSalon(desk);

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theBranchsDayListsEveryMastersBookingsAndLeavesOutTheCancelled() throws IOException {
        long boris = desk.clients().createClient("Борис", "Котов", "+7 903 555-66-77");
        long olgas = book(salon.olga, salon.anna, 10);
        desk.booking().updateNote(olgas, "аллергия на аммиак");
        book(salon.pavel, boris, 12);
        long cancelled = book(salon.pavel, salon.anna, 15);
        desk.booking().changeStatus(cancelled, BookingStatus.CANCELLED, "передумала");

        String all = text(desk.daySheets().day(salon.branch, DAY, null, Locale.forLanguageTag("ru")));
        String pavels = text(desk.daySheets().day(salon.branch, DAY, salon.pavel, Locale.forLanguageTag("ru")));

        assertThat(all).contains("Лист дня", "Лаванда, Тверская, 1", "Ольга", "Павел", "10:00–11:00",
                "Анна Смирнова", "аллергия на аммиак", "12:00–13:00", "Борис Котов", "Стрижка")
                .doesNotContain("15:00");
        assertThat(all.replaceAll("\\s+", " ")).contains("+7 916 111-22-33");
        assertThat(pavels).contains("Павел", "Борис Котов").doesNotContain("Ольга", "Анна");
    }

    @Test
    void aMasterGetsOnlyHerOwnDayEvenWhenSheAsksForTheBranchs() throws IOException {
        book(salon.olga, salon.anna, 10);
        book(salon.pavel, salon.anna, 12);
        long user = desk.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        desk.staff().setPassword(user, "olga-password".toCharArray());
        desk.signIn("olga", "olga-password".toCharArray());

        String hers = text(desk.daySheets().day(salon.branch, DAY, null, Locale.forLanguageTag("ru")));

        assertThat(hers).contains("Ольга", "10:00").doesNotContain("Павел", "12:00");
    }

    private long book(long master, long client, int hour) {
        return desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(hour, 0), master,
                client).id();
    }

    private static String text(org.salondesk.print.Sheet sheet) throws IOException {
        try (PDDocument document = Loader.loadPDF(PdfSheets.write(sheet))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
