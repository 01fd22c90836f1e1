package org.salondesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditFilter;
import org.salondesk.audit.AuditKind;
import org.salondesk.booking.BookingInfo;
import org.salondesk.client.ClientForm;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The Audit screen without a screen: filters, pages, Open and Export. */
class AuditViewModelTest {

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private long elena;
    private AuditViewModel viewModel;
    private final List<Long> openedBookings = new ArrayList<>();
    private final List<Long> openedClients = new ArrayList<>();

    @TempDir
    Path folder;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        elena = desk.staff().create(new StaffForm("elena", "Елена", StaffRole.ADMIN, null));
        desk.currentStaff().set(elena);
        viewModel = new AuditViewModel(desk.audit(), desk.staff(), BackgroundExecutor.sameThread(),
                new NoticeBoard(), clock);
        viewModel.setOnOpenBooking(openedBookings::add);
        viewModel.setOnOpenClient(openedClients::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void showsTheLastWeekNewestFirstAndFiltersByUserKindAndRecord() {
        clock.advance(Duration.ofMinutes(1));
        BookingInfo booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut),
                TestToday.date().plusDays(1), LocalTime.of(10, 0), salon.olga, salon.anna);

        viewModel.start();

        assertThat(viewModel.fromProperty().get()).isEqualTo(TestToday.date().minusDays(6));
        assertThat(viewModel.toProperty().get()).isEqualTo(TestToday.date());
        assertThat(viewModel.rows()).isNotEmpty();
        assertThat(viewModel.rows().get(0).when()).isEqualTo(clock.instant());
        assertThat(viewModel.users()).extracting(choice -> choice.label()).contains("Елена (elena)", Messages.get("audit.desk"));

        viewModel.userProperty().set(viewModel.users().stream()
                .filter(choice -> Long.valueOf(elena).equals(choice.value())).findFirst().orElseThrow());
        viewModel.kindProperty().set(viewModel.kinds().stream()
                .filter(choice -> choice.value() == AuditKind.BOOKING).findFirst().orElseThrow());
        viewModel.recordProperty().set("booking " + booking.id());
        viewModel.search();

        // The booking and its service line.
        assertThat(viewModel.rows()).hasSize(2).allSatisfy(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.CREATED);
            assertThat(viewModel.when(row)).contains("9:01");
        });
        assertThat(viewModel.totalProperty().get()).isEqualTo(2);
        assertThat(viewModel.hasMore().get()).isFalse();

        viewModel.selectedProperty().set(viewModel.rows().stream()
                .filter(row -> row.changes().contains("startTime")).findFirst().orElseThrow());
        assertThat(viewModel.detail().get()).contains("booking #" + booking.id()).contains("startTime: 10:00");
        assertThat(viewModel.canOpen().get()).isTrue();
        viewModel.open();
        assertThat(openedBookings).containsExactly(booking.id());
    }

    @Test
    void opensAClientAndReadsMorePagesOfALongList() {
        viewModel.start();
        long firstClient = 0;
        for (int i = 0; i < AuditViewModel.PAGE_SIZE + 5; i++) {
            long id = desk.clients().create(new ClientForm("Клиент" + i, null, "+7903111" + String.format("%04d", i),
                    null, null, null));
            firstClient = i == 0 ? id : firstClient;
        }
        viewModel.kindProperty().set(viewModel.kinds().stream()
                .filter(choice -> choice.value() == AuditKind.CLIENT).findFirst().orElseThrow());
        viewModel.search();
        assertThat(viewModel.rows()).hasSize(AuditViewModel.PAGE_SIZE);
        assertThat(viewModel.hasMore().get()).isTrue();
        // The small salon's own client was made this morning too.
        assertThat(viewModel.totalProperty().get()).isEqualTo(AuditViewModel.PAGE_SIZE + 6);
        viewModel.more();
        assertThat(viewModel.rows()).hasSize(AuditViewModel.PAGE_SIZE + 6);
        assertThat(viewModel.hasMore().get()).isFalse();

        long first = firstClient;
        viewModel.selectedProperty().set(viewModel.rows().stream()
                .filter(row -> Long.valueOf(first).equals(row.recordId())).findFirst().orElseThrow());
        viewModel.open();
        assertThat(openedClients).containsExactly(firstClient);
    }

    @Test
    void exportsTheFilterShownAndSaysWhere() throws IOException {
        desk.clients().create(new ClientForm("Ирина", null, "+79031112233", null, null, null));
        viewModel.start();
        Path file = folder.resolve("audit.csv");

        viewModel.export(file);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).contains("Ирина").contains("Елена (elena)");
        assertThat(viewModel.notices().currentProperty().get().text()).contains(file.toString());
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(desk.audit().page(new AuditFilter(null, null, null, AuditKind.EXPORT, null), 0, 1))
                .singleElement().satisfies(row -> assertThat(row.staffUserId()).isEqualTo(elena));
    }

    @Test
    void aReceptionistIsRefusedInWords() {
        long rita = desk.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        desk.staff().setPassword(rita, "rita-password-1".toCharArray());
        desk.signIn("rita", "rita-password-1".toCharArray());

        viewModel.start();

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.errorProperty().get()).isNotEmpty().doesNotContain("Exception").doesNotContain("act.");
    }
}
