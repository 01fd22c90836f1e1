package org.salondesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.staff.DeskRulesForm;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The Desks tab shows the salon's rules, saves what is typed and ticked, and refuses what is not a number in bounds. */
class DeskRulesViewModelTest {

    private final List<Integer> followed = new ArrayList<>();
    private SalonDesk desk;
    private DeskRulesViewModel form;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(TestDatabases.freshUrl()), TestToday.at(9, 0), true);
        form = new DeskRulesViewModel(desk.deskRules(), BackgroundExecutor.sameThread(), new NoticeBoard());
        form.setOnSaved(followed::add);
        form.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void savesTheMinutesTypedAndThisDeskFollowsThem() {
        assertThat(form.idleMinutes().text()).isEqualTo("15");

        assertThat(form.pinsAllowedProperty().get()).isFalse();
        form.idleMinutes().textProperty().set("5");
        form.pinsAllowedProperty().set(true);
        form.save();

        assertThat(desk.deskRules().read()).isEqualTo(new DeskRulesForm(5, true));
        assertThat(followed).containsExactly(5);
        assertThat(form.errorProperty().get()).isEmpty();
    }

    @Test
    void minutesOutOfBoundsAreMarkedAndNotSaved() {
        form.idleMinutes().textProperty().set("600");
        form.save();
        form.idleMinutes().textProperty().set("");
        form.save();

        assertThat(form.idleMinutes().problem().get()).isNotEmpty();
        assertThat(desk.deskRules().read().idleLockMinutes()).isEqualTo(15);
        assertThat(followed).isEmpty();
    }
}
