package org.salondesk.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Picking again after a list was read anew: the same record if it is still there, else the first. */
public final class Choices {

    private Choices() {
    }

    public static <T, K> T keepOrFirst(List<T> found, T current, Function<T, K> id) {
        K wanted = current == null ? null : id.apply(current);
        return found.stream().filter(item -> wanted != null && Objects.equals(id.apply(item), wanted)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
    }
}
