package org.salondesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;

/** Who is at the desk: asked once on a start where nobody is remembered, then remembered. */
class DeskUserViewModelTest {

    private SalonDesk desk;
    private final AtomicReference<Long> remembered = new AtomicReference<>();
    private final DeskUserMemory memory = new DeskUserMemory() {
        @Override
        public Long recall() {
            return remembered.get();
        }

        @Override
        public void remember(Long staffUserId) {
            remembered.set(staffUserId);
        }
    };

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private DeskUserViewModel viewModel() {
        return new DeskUserViewModel(desk.staff(), desk.currentStaff(), BackgroundExecutor.sameThread(), memory);
    }

    @Test
    void aStartWithNobodyRememberedAsksAndTheAnswerIsRememberedAndRecorded() {
        long natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        DeskUserViewModel first = viewModel();
        first.startAsking();
        assertThat(first.askingProperty().get()).isTrue();

        first.answer(first.users().get(0));

        assertThat(first.askingProperty().get()).isFalse();
        assertThat(desk.currentStaff().id()).isEqualTo(natalia);
        assertThat(remembered.get()).isEqualTo(natalia);

        desk.currentStaff().set(null);
        DeskUserViewModel second = viewModel();
        second.startAsking();
        assertThat(second.askingProperty().get()).as("remembered on this PC").isFalse();
        assertThat(second.chosenProperty().get().value()).isEqualTo(natalia);
        assertThat(desk.currentStaff().id()).isEqualTo(natalia);
    }

    @Test
    void laterLeavesNobodyChosenAndAReadWithoutAskingNeverAsks() {
        desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        DeskUserViewModel later = viewModel();
        later.startAsking();
        later.answer(null);
        assertThat(later.askingProperty().get()).isFalse();
        assertThat(later.needsChoiceProperty().get()).isTrue();
        assertThat(remembered.get()).isNull();

        DeskUserViewModel quiet = viewModel();
        quiet.start();
        assertThat(quiet.askingProperty().get()).isFalse();
    }

    @Test
    void aDeskWithoutStaffUsersAsksNoOne() {
        DeskUserViewModel empty = viewModel();
        empty.startAsking();
        assertThat(empty.askingProperty().get()).isFalse();
    }
}
