package org.salondesk.ui.common;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.controlsfx.control.SearchableComboBox;

/** The time zones as a list to pick from, narrowed by what is typed ("Mosc"); the form keeps the zone's id. */
public final class ZonePicker {

    private ZonePicker() {
    }

    public static SearchableComboBox<Choice<String>> of(String id, ObservableList<Choice<String>> zoneChoices,
                                                        StringProperty zoneId, StringBinding problem) {
        SearchableComboBox<Choice<String>> zones = new SearchableComboBox<>(zoneChoices);
        zones.setId(id);
        zones.setMaxWidth(Double.MAX_VALUE);
        Runnable select = () -> zones.setValue(zoneChoices.stream()
                .filter(zone -> zone.value().equals(zoneId.get())).findFirst().orElse(null));
        select.run();
        zoneId.addListener((obs, old, zone) -> select.run());
        zones.valueProperty().addListener((obs, old, zone) -> {
            if (zone != null) {
                zoneId.set(zone.value());
            }
        });
        ProblemMarks.bind(zones, problem);
        return zones;
    }
}
