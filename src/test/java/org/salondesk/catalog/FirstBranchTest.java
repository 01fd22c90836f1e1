package org.salondesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The first branch of an empty database, as the first-run form makes it; once, even when two desks race. */
class FirstBranchTest {

    private SalonDesk desk;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static BranchSettingsForm form(String name) {
        return new BranchSettingsForm(name, "  Невский, 10 ", ZoneId.of("Asia/Yekaterinburg"), 15, 0, 180,
                LocalTime.of(10, 0), LocalTime.of(20, 0));
    }

    @Test
    void makesTheBranchAsDescribed() {
        long id = desk.branches().createFirstBranch(form(" Лотос "));

        BranchSettingsForm stored = desk.branches().branchSettings(id);
        assertThat(stored).isEqualTo(new BranchSettingsForm("Лотос", "Невский, 10",
                ZoneId.of("Asia/Yekaterinburg"), 15, 0, 180, LocalTime.of(10, 0), LocalTime.of(20, 0)));
    }

    @Test
    void aSecondFirstBranchIsRefusedNamingTheFirst() {
        desk.branches().createFirstBranch(form("Лотос"));

        assertThatThrownBy(() -> desk.branches().createFirstBranch(form("Лаванда")))
                .isInstanceOfSatisfying(SalonDeskException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
                    assertThat(refusal.getMessage()).isEqualTo("This database is already set up: it has the branch"
                            + " \u201cЛотос\u201d.");
                });
        assertThat(desk.branches().branches()).extracting(BranchRow::name).containsExactly("Лотос");
    }

    @Test
    void aBadFormWritesNothing() {
        BranchSettingsForm closesBeforeOpening = new BranchSettingsForm("Лотос", null, ZoneId.of("Europe/Moscow"),
                30, 0, 180, LocalTime.of(20, 0), LocalTime.of(10, 0));
        BranchSettingsForm oddInterval = new BranchSettingsForm("Лотос", null, ZoneId.of("Europe/Moscow"), 7, 0,
                180, LocalTime.of(9, 0), LocalTime.of(21, 0));

        for (BranchSettingsForm bad : List.of(form(" "), closesBeforeOpening, oddInterval)) {
            assertThatThrownBy(() -> desk.branches().createFirstBranch(bad)).isInstanceOfSatisfying(
                    SalonDeskException.class, refusal -> assertThat(refusal.code()).isEqualTo(
                            ErrorCode.INVALID_ARGUMENT));
        }
        assertThat(desk.branches().branches()).isEmpty();
    }

    @Test
    void twoDesksSettingUpAtOnceMakeOneBranch() throws Exception {
        ExecutorService desks = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Long>> tries = new ArrayList<>();
            for (String name : List.of("Лотос", "Лаванда")) {
                tries.add(desks.submit(() -> {
                    go.await();
                    return desk.branches().createFirstBranch(form(name));
                }));
            }
            go.countDown();
            int made = 0;
            int refused = 0;
            for (Future<Long> attempt : tries) {
                try {
                    attempt.get();
                    made++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(SalonDeskException.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
                    refused++;
                }
            }
            assertThat(made).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            assertThat(desk.branches().branches()).hasSize(1);
        } finally {
            desks.shutdownNow();
        }
    }
}
