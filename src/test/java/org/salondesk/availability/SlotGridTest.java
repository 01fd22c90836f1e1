package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 4 as arithmetic: candidate starts from the shift start every interval, free when nothing overlaps. */
class SlotGridTest {

    @ParameterizedTest(name = "[{index}] shift {0}, breaks [{1}], taken [{2}], {3} min every {4}, not before {5} -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # shift      | breaks      | occupied                | dur | step | not before | free starts
            09:00-12:00  | -           | -                       | 60  | 30   | 00:00      | 09:00 09:30 10:00 10:30 11:00
            # touching ends do not overlap: 10:00-11:00 leaves 09:00 and 11:00
            09:00-12:00  | -           | 10:00-11:00             | 60  | 30   | 00:00      | 09:00 11:00
            # one minute of overlap is enough to block
            09:00-12:00  | -           | 10:00-11:01             | 60  | 30   | 00:00      | 09:00
            09:00-12:00  | -           | 09:59-11:00             | 60  | 30   | 00:00      | 11:00
            # a break blocks like a booking, and touching it is fine
            09:00-13:00  | 11:00-12:00 | -                       | 60  | 30   | 00:00      | 09:00 09:30 10:00 12:00
            # overlapping and unsorted occupied spans are merged
            09:00-13:00  | -           | 11:30-12:00 10:00-11:00 10:30-11:30 | 30 | 30 | 00:00 | 09:00 09:30 12:00 12:30
            # the grid runs from the shift start, not from the hour
            09:10-11:00  | -           | -                       | 30  | 30   | 00:00      | 09:10 09:40 10:10
            09:00-10:00  | -           | -                       | 5   | 20   | 00:00      | 09:00 09:20 09:40
            # the last start must end by the shift end
            09:00-10:45  | -           | -                       | 60  | 15   | 00:00      | 09:00 09:15 09:30 09:45
            09:00-09:55  | -           | -                       | 60  | 5    | 00:00      | -
            # now (plus lead) rounds up onto the grid of the shift
            09:00-12:00  | -           | -                       | 30  | 30   | 10:00      | 10:00 10:30 11:00 11:30
            09:00-12:00  | -           | -                       | 30  | 30   | 10:01      | 10:30 11:00 11:30
            09:00-12:00  | -           | -                       | 30  | 30   | 12:00      | -
            # a day with nothing free at all
            09:00-12:00  | 09:00-10:00 | 10:00-12:00             | 5   | 5    | 00:00      | -
            """)
    void freeStartsFollowTheRuleTable(String shift, String breaks, String occupied, int duration, int interval,
                                      String notBefore, String expected) {
        WorkingDay day = new WorkingDay(span(shift), spans(breaks));
        List<Integer> starts = SlotGrid.freeStarts(day, spans(occupied), duration, interval,
                TimeSpan.minuteOfDay(LocalTime.parse(notBefore)));

        assertThat(starts.stream().map(TimeSpan::timeOf).toList()).containsExactlyElementsOf(times(expected));
        assertThat(SlotGrid.hasFreeStart(day, spans(occupied), duration, interval,
                TimeSpan.minuteOfDay(LocalTime.parse(notBefore)))).isEqualTo(!starts.isEmpty());
    }

    @Test
    void isFreeAgreesWithTheGridForEveryStart() {
        WorkingDay day = new WorkingDay(span("09:00-14:00"), List.of(span("12:00-12:30")));
        List<TimeSpan> occupied = List.of(span("10:00-10:45"), span("13:15-13:30"));
        List<Integer> free = SlotGrid.freeStarts(day, occupied, 45, 5, 0);
        for (int start = 9 * 60; start + 45 <= 14 * 60; start += 5) {
            assertThat(SlotGrid.isFree(day, occupied, new TimeSpan(start, start + 45)))
                    .as("start %s", TimeSpan.timeOf(start))
                    .isEqualTo(free.contains(start));
        }
    }

    @Test
    void aSpanOutsideTheShiftIsNotFree() {
        WorkingDay day = new WorkingDay(span("09:00-12:00"), List.of());
        assertThat(SlotGrid.isFree(day, List.of(), span("08:55-09:30"))).isFalse();
        assertThat(SlotGrid.isFree(day, List.of(), span("11:30-12:05"))).isFalse();
        assertThat(SlotGrid.isFree(day, List.of(), span("11:30-12:00"))).isTrue();
    }

    @Test
    void refusesNonPositiveDurationOrInterval() {
        WorkingDay day = new WorkingDay(span("09:00-12:00"), List.of());
        assertThatThrownBy(() -> SlotGrid.freeStarts(day, List.of(), 30, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlotGrid.freeStarts(day, List.of(), 0, 30, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void touchingSpansDoNotOverlap() {
        assertThat(span("10:00-11:00").overlaps(span("11:00-12:00"))).isFalse();
        assertThat(span("11:00-12:00").overlaps(span("10:00-11:00"))).isFalse();
        assertThat(span("10:00-11:00").overlaps(span("10:59-12:00"))).isTrue();
        assertThat(span("10:00-12:00").overlaps(span("10:30-11:00"))).isTrue();
    }

    static TimeSpan span(String text) {
        String[] ends = text.split("-");
        return TimeSpan.of(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
    }

    static List<TimeSpan> spans(String text) {
        return text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).map(SlotGridTest::span).toList();
    }

    static List<LocalTime> times(String text) {
        return text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).map(LocalTime::parse).toList();
    }
}
