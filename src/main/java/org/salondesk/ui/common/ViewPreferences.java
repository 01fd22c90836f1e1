package org.salondesk.ui.common;

import java.util.HashMap;
import java.util.Map;

/**
 * Small things a screen remembers on this PC between starts (a table's column order and widths). The app keeps them
 * in the data folder; tests get one in memory, never the user's own.
 */
public interface ViewPreferences {

    /** The value kept under {@code key}, or null. */
    String get(String key);

    /** The value kept under {@code key}, or {@code fallback} when nothing is kept. */
    default String get(String key, String fallback) {
        String value = get(key);
        return value == null ? fallback : value;
    }

    void put(String key, String value);

    /** Kept only while the program runs: for tests. */
    static ViewPreferences inMemory() {
        Map<String, String> values = new HashMap<>();
        return new ViewPreferences() {
            @Override
            public String get(String key) {
                return values.get(key);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
