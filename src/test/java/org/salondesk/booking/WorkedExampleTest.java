package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;

/**
 * Rule 8, the worked example of the booking functions reference, step by step: Pavel Tikhonov, a men's haircut
 * (60 min) and beard modelling (45 min), 1 h 45 min together, on 05.02.2024.
 */
class WorkedExampleTest {

    private static final LocalDate FEB_5 = LocalDate.of(2024, 2, 5);

    @Test
    void pavelTikhonovsHaircutAndBeardOnTheFifthOfFebruary() {
        MutableClock clock = MutableClock.at(FEB_5.minusDays(1).atTime(12, 0));
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            TestSalon salon = new TestSalon(desk);
            BookingService booking = desk.booking();
            long branch = salon.branch("Барбершоп на Тверской");
            long haircut = salon.service(branch, "Мужская стрижка", 60, "1500");
            long beard = salon.service(branch, "Моделирование бороды", 45, "1000");
            List<Long> haircutAndBeard = List.of(haircut, beard);
            // Pavel works 09:00-19:00: after a 16:00 booking of the pair (until 17:45) nothing else fits.
            long pavel = salon.master(branch, "Павел Тихонов", at("09:00"), at("19:00"), haircut, beard);

            // Before any booking the pair can start every half hour up to 17:00 (17:30 would end at 19:15).
            assertThat(booking.getSlotsForBooking(branch, haircutAndBeard, FEB_5, pavel, null))
                    .isEqualTo(times("09:00 09:30 10:00 10:30 11:00 11:30 12:00 12:30 13:00 13:30 14:00 14:30 15:00"
                            + " 15:30 16:00 16:30 17:00"));

            // "в 16:00 у Павла уже есть другая запись"
            BookingInfo sixteen = booking.createBooking(branch, haircutAndBeard, FEB_5, at("16:00"), pavel,
                    salon.client("Другой клиент"));
            assertThat(sixteen.duration()).isEqualTo(105);
            assertThat(sixteen.totalCost()).isEqualByComparingTo("2500");

            // "к Павлу Тихонову на мужскую стрижку и моделирование бороды теперь можно записаться с 9 до 14":
            // 14:30 would end at 16:15, inside his 16:00 booking.
            assertThat(booking.getSlotsForBooking(branch, haircutAndBeard, FEB_5, pavel, null))
                    .isEqualTo(times("09:00 09:30 10:00 10:30 11:00 11:30 12:00 12:30 13:00 13:30 14:00"));

            // modify_booking_time: the 16:00 booking moves to 09:00.
            booking.modifyBookingTime(sixteen.id(), FEB_5, at("09:00"));
            assertThat(booking.getActiveBookingInfo(sixteen.id()).time()).isEqualTo(at("09:00"));

            // "Ранее занятый слот 16:00 теперь доступен для записи, а создать новую запись на аналогичные услуги
            // теперь можно только с 11:00" (the moved booking ends at 10:45).
            List<LocalTime> afterMove = booking.getSlotsForBooking(branch, haircutAndBeard, FEB_5, pavel, null);
            assertThat(afterMove).first().isEqualTo(at("11:00"));
            assertThat(afterMove).contains(at("16:00"))
                    .isEqualTo(times("11:00 11:30 12:00 12:30 13:00 13:30 14:00 14:30 15:00 15:30 16:00 16:30"
                            + " 17:00"));

            // cancel_booking: the record stays, its slots return at once.
            booking.cancelBooking(branch, sixteen.id());
            assertThat(booking.getActiveBookingInfo(sixteen.id()).status()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(booking.getSlotsForBooking(branch, haircutAndBeard, FEB_5, pavel, null))
                    .isEqualTo(times("09:00 09:30 10:00 10:30 11:00 11:30 12:00 12:30 13:00 13:30 14:00 14:30 15:00"
                            + " 15:30 16:00 16:30 17:00"));
        }
    }

    private static LocalTime at(String time) {
        return LocalTime.parse(time);
    }

    private static List<LocalTime> times(String text) {
        return Arrays.stream(text.split(" ")).map(LocalTime::parse).toList();
    }
}
