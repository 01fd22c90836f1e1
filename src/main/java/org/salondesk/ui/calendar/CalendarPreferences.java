package org.salondesk.ui.calendar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the receptionist likes the calendar (masters who are off hidden, the time scale's zoom), kept on this PC between
 * runs. Injected, so that tests never touch the user's real settings.
 */
public interface CalendarPreferences {

    /** The stored value of {@code key}, or {@code fallback} when nothing (or nothing readable) is stored. */
    String get(String key, String fallback);

    void put(String key, String value);

    /** Keeps the choices in memory only: for tests, and for a desk without a data folder. */
    static CalendarPreferences inMemory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new CalendarPreferences() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
