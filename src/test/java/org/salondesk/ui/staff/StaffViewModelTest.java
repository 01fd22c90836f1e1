package org.salondesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.staff.DeskRulesForm;
import org.salondesk.staff.StaffForm;
import org.salondesk.staff.StaffRow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The staff screen and the "at the desk" chooser without a screen. */
class StaffViewModelTest {

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private final AtomicInteger changes = new AtomicInteger();
    private StaffViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        viewModel = new StaffViewModel(desk.staff(), desk.booking(), BackgroundExecutor.sameThread(),
                new NoticeBoard(), changes::incrementAndGet);
        viewModel.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aMasterAccountNeedsItsMasterAndThenShowsHerShift() {
        viewModel.newUser();
        viewModel.loginProperty().set("olga");
        viewModel.displayNameProperty().set("Ольга");
        viewModel.roleProperty().set(StaffRole.MASTER);
        assertThat(viewModel.masterProblem().get()).isNotEmpty();
        assertThat(viewModel.validProperty().get()).isFalse();

        viewModel.masterProperty().set(viewModel.masters().stream()
                .filter(choice -> Long.valueOf(salon.olga).equals(choice.value())).findFirst().orElseThrow());
        viewModel.save();

        assertThat(viewModel.rows()).singleElement().satisfies(row -> {
            assertThat(row.masterId()).isEqualTo(salon.olga);
            assertThat(row.onShiftToday()).isTrue();
        });
        assertThat(changes).hasValue(1);
    }

    @Test
    void aTakenLoginIsRefusedInWordsAndLeavingKeepsTheUserAmongThoseWhoLeft() {
        desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        viewModel.reload();
        viewModel.newUser();
        viewModel.loginProperty().set("Natalia");
        viewModel.displayNameProperty().set("Другая Наталья");
        viewModel.save();
        assertThat(viewModel.errorProperty().get()).contains("natalia");
        assertThat(desk.staff().list(true)).hasSize(1);

        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.toggleActive();
        assertThat(viewModel.rows()).isEmpty();
        viewModel.withInactiveProperty().set(true);
        assertThat(viewModel.rows()).singleElement().satisfies(row -> assertThat(row.active()).isFalse());
    }

    @Test
    void theAdminGivesTheChosenUserAPasswordTypedTwiceAndSheSignsInWithIt() {
        long natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        viewModel.start();
        StaffSecretForm passwords = viewModel.passwordForm();
        assertThat(passwords.readyProperty().get()).as("nobody chosen").isFalse();
        viewModel.selectedProperty().set(viewModel.rows().stream().filter(row -> row.id() == natalia).findFirst()
                .orElseThrow());

        passwords.passwordProperty().set("natalia-pw-1");
        passwords.repeatProperty().set("natalia-pw-2");
        passwords.set();
        assertThat(passwords.errorProperty().get()).isNotBlank();
        assertThat(passwords.passwordProperty().get()).isEmpty();

        passwords.passwordProperty().set("natalia-pw-1");
        passwords.repeatProperty().set("natalia-pw-1");
        passwords.set();
        assertThat(passwords.errorProperty().get()).isEmpty();
        assertThat(desk.signIn("natalia", "natalia-pw-1".toCharArray()).id()).isEqualTo(natalia);

        desk.signOut();
        passwords.passwordProperty().set("short");
        passwords.repeatProperty().set("short");
        passwords.set();
        assertThat(passwords.errorProperty().get()).as("too short, said in words").contains("8");
    }

    @Test
    void theAdminGivesTheChosenUserAPinThatSignsHerInWhilePinsAreAllowed() {
        long natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        desk.deskRules().save(new DeskRulesForm(15, true));
        viewModel.start();
        StaffSecretForm pins = viewModel.pinForm();
        viewModel.selectedProperty().set(viewModel.rows().stream().filter(row -> row.id() == natalia).findFirst()
                .orElseThrow());

        pins.passwordProperty().set("12ab");
        pins.repeatProperty().set("12ab");
        pins.set();
        assertThat(pins.errorProperty().get()).as("not digits, said in words").isNotBlank();

        pins.passwordProperty().set("4821");
        pins.repeatProperty().set("4821");
        pins.set();
        assertThat(pins.errorProperty().get()).isEmpty();
        assertThat(desk.signIn("natalia", "4821".toCharArray()).id()).isEqualTo(natalia);
    }

    @Test
    void theStaffFormIsDirtyUntilSavedOrDiscarded() {
        assertThat(viewModel.dirty()).isFalse();
        viewModel.loginProperty().set("vera");
        viewModel.displayNameProperty().set("Вера");
        assertThat(viewModel.dirty()).isTrue();
        viewModel.discard();
        assertThat(viewModel.loginProperty().get()).isEmpty();
        assertThat(viewModel.dirty()).isFalse();

        viewModel.loginProperty().set("vera");
        viewModel.displayNameProperty().set("Вера");
        boolean[] saved = {false};
        viewModel.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(viewModel.dirty()).isFalse();
        assertThat(desk.staff().list(false)).anySatisfy(row -> assertThat(row.login()).isEqualTo("vera"));
    }
}
