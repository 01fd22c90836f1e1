package org.salondesk.ui.common;

import java.time.LocalTime;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

import org.salondesk.i18n.Messages;

/** What the branch forms (Settings and the first start) say of a time zone and opening hours, in one place. */
public final class BranchFormRules {

    private BranchFormRules() {
    }

    /** Empty while {@code timeZone} names a zone, otherwise the problem in words. */
    public static StringBinding zoneProblem(ObservableValue<String> timeZone) {
        return Bindings.createStringBinding(() -> ZoneChoices.parse(timeZone.getValue()) == null
                ? Messages.get("settings.problem.zone") : "", timeZone);
    }

    /** Empty while the branch closes after it opens, otherwise the problem in words. */
    public static StringBinding hoursProblem(ObservableValue<LocalTime> opens, ObservableValue<LocalTime> closes) {
        return Bindings.createStringBinding(() -> opens.getValue() == null || closes.getValue() == null
                || !closes.getValue().isAfter(opens.getValue()) ? Messages.get("settings.problem.hours") : "",
                opens, closes);
    }
}
