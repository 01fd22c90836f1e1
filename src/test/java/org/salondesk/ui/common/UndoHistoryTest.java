package org.salondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** The undo history's own rules: newest first, a bounded length, and what a step that cannot go back does to it. */
class UndoHistoryTest {

    private final UndoHistory history = new UndoHistory();
    private final List<String> taken = new ArrayList<>();
    private final List<Notice> reports = new ArrayList<>();

    private UndoStep step(String name, Consumer<UndoStep.Outcome> how) {
        return new UndoStep(name, outcome -> {
            taken.add(name);
            how.accept(outcome);
        });
    }

    private UndoStep fine(String name) {
        return step(name, outcome -> outcome.undone("Undone " + name));
    }

    @Test
    void keepsTheNewestStepsFirstUpToItsLength() {
        for (int i = 1; i <= UndoHistory.KEPT + 5; i++) {
            history.record(fine("step " + i));
        }

        assertThat(history.steps()).hasSize(UndoHistory.KEPT);
        assertThat(history.steps().get(0).text()).isEqualTo("step " + (UndoHistory.KEPT + 5));
        history.undoLast(reports::add);
        assertThat(taken).containsExactly("step " + (UndoHistory.KEPT + 5));
        assertThat(reports).singleElement().isEqualTo(Notice.info("Undone step " + (UndoHistory.KEPT + 5)));
    }

    @Test
    void undoingToAnOlderStepTakesTheLaterOnesBackFirst() {
        history.record(fine("a"));
        history.record(fine("b"));
        history.record(fine("c"));

        history.undoTo(history.steps().get(1), reports::add);

        assertThat(taken).containsExactly("c", "b");
        assertThat(history.steps()).extracting(UndoStep::text).containsExactly("a");
        assertThat(reports).singleElement().isEqualTo(Notice.info("Undone c · Undone b"));
    }

    @Test
    void aFailedStepStaysToTryAgainAndARefusedOneLeavesTheHistory() {
        boolean[] databaseUp = {false};
        history.record(fine("a"));
        history.record(step("refused", outcome -> outcome.refused("taken")));
        history.record(step("flaky", outcome -> {
            if (databaseUp[0]) {
                outcome.undone("Undone flaky");
            } else {
                outcome.failed("database down");
            }
        }));

        history.undoTo(history.steps().get(2), reports::add);

        assertThat(taken).containsExactly("flaky");
        assertThat(history.steps()).extracting(UndoStep::text).containsExactly("flaky", "refused", "a");
        assertThat(reports).containsExactly(Notice.error("database down"));

        databaseUp[0] = true;
        reports.clear();
        history.undoTo(history.steps().get(2), reports::add);

        assertThat(taken).containsExactly("flaky", "flaky", "refused");
        assertThat(history.steps()).extracting(UndoStep::text).containsExactly("a");
        assertThat(reports).containsExactly(Notice.error("Undone flaky · taken"));
    }

    @Test
    void aSecondUndoWaitsForTheFirst() {
        List<UndoStep.Outcome> pending = new ArrayList<>();
        history.record(fine("a"));
        history.record(step("slow", pending::add));

        history.undoLast(reports::add);
        history.undoLast(reports::add);

        assertThat(taken).containsExactly("slow");
        assertThat(history.canUndoBinding().get()).isFalse();
        pending.get(0).undone("Undone slow");
        assertThat(history.canUndoBinding().get()).isTrue();
        assertThat(history.steps()).extracting(UndoStep::text).containsExactly("a");
    }
}
