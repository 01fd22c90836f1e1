package org.salondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ui.common.UnsavedEdits;

/** Leaving a screen with unsaved edits asks once: save, discard or stay. */
class ShellViewModelTest {

    private final ShellViewModel shell = new ShellViewModel();
    private final FakeForm settings = new FakeForm();
    private final List<String> ran = new ArrayList<>();

    @BeforeEach
    void ready() {
        shell.ready("H2", "settings");
        shell.guard("settings", settings);
    }

    @Test
    void aHiddenScreenCannotBeOpenedAndTheOneShownGivesWayWhenHidden() {
        shell.hide(List.of("settings", "staff"), "calendar");

        assertThat(shell.screenProperty().get()).as("settings was shown").isEqualTo("calendar");
        shell.navigate("staff", () -> ran.add("then"));
        assertThat(shell.screenProperty().get()).isEqualTo("calendar");
        assertThat(ran).isEmpty();

        shell.hide(List.of(), "calendar");
        shell.navigate("staff");
        assertThat(shell.screenProperty().get()).isEqualTo("staff");
    }

    @Test
    void aCleanScreenIsLeftWithoutAQuestion() {
        shell.navigate("calendar", () -> ran.add("then"));

        assertThat(shell.screenProperty().get()).isEqualTo("calendar");
        assertThat(shell.leavingProperty().get()).isNull();
        assertThat(ran).containsExactly("then");
    }

    @Test
    void stayKeepsTheScreenAndItsEdits() {
        settings.dirty = true;
        shell.navigate("calendar", () -> ran.add("then"));

        assertThat(shell.screenProperty().get()).isEqualTo("settings");
        assertThat(shell.leavingProperty().get()).isEqualTo(new ShellViewModel.LeaveQuestion("settings", "calendar",
                true));
        // Another click while the question is open changes nothing.
        shell.navigate("tasks");
        assertThat(shell.leavingProperty().get().target()).isEqualTo("calendar");

        shell.answer(ShellViewModel.LeaveAnswer.STAY);

        assertThat(shell.screenProperty().get()).isEqualTo("settings");
        assertThat(shell.leavingProperty().get()).isNull();
        assertThat(settings.calls).isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void discardForgetsTheEditsAndLeaves() {
        settings.dirty = true;
        shell.navigate("calendar", () -> ran.add("then"));

        shell.answer(ShellViewModel.LeaveAnswer.DISCARD);

        assertThat(settings.calls).containsExactly("discard");
        assertThat(shell.screenProperty().get()).isEqualTo("calendar");
        assertThat(ran).containsExactly("then");
    }

    @Test
    void saveLeavesOnlyOnceSaved() {
        settings.dirty = true;
        shell.navigate("calendar", () -> ran.add("then"));

        shell.answer(ShellViewModel.LeaveAnswer.SAVE);

        assertThat(settings.calls).containsExactly("save");
        assertThat(shell.screenProperty().get()).as("still saving").isEqualTo("settings");
        settings.saved.run();
        assertThat(shell.screenProperty().get()).isEqualTo("calendar");
        assertThat(ran).containsExactly("then");
    }

    @Test
    void editsThatCannotBeSavedAreNotSavedOnLeaving() {
        settings.dirty = true;
        settings.canSave = false;
        shell.navigate("calendar");
        assertThat(shell.leavingProperty().get().canSave()).isFalse();

        shell.answer(ShellViewModel.LeaveAnswer.SAVE);

        assertThat(settings.calls).isEmpty();
        assertThat(shell.screenProperty().get()).isEqualTo("settings");
    }

    private static final class FakeForm implements UnsavedEdits {
        boolean dirty;
        boolean canSave = true;
        final List<String> calls = new ArrayList<>();
        Runnable saved = () -> { };

        @Override
        public boolean dirty() {
            return dirty;
        }

        @Override
        public boolean canSave() {
            return canSave;
        }

        @Override
        public void save(Runnable then) {
            calls.add("save");
            saved = then;
        }

        @Override
        public void discard() {
            calls.add("discard");
        }
    }
}
