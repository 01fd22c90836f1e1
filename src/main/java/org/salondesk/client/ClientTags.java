package org.salondesk.client;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Tags of a client ("VIP, аллергия на аммиак"): kept as one comma-separated text, each tag once, in order. */
public final class ClientTags {

    private ClientTags() {
    }

    /** The tags trimmed, without empty or repeated ones; null when there are none. */
    public static String tidy(String tags) {
        List<String> list = split(tags);
        return list.isEmpty() ? null : String.join(", ", list);
    }

    public static List<String> split(String tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        return Arrays.stream(tags.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .filter(tag -> seen.add(tag.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
    }
}
