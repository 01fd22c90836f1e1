package org.salondesk.task;

import java.util.List;

/**
 * The entity classes of the tasks. The desk hands them to the database with every other feature's: persistence itself
 * knows no feature.
 */
public final class TaskMapping {

    public static final List<Class<?>> ENTITIES = List.of(Task.class);

    private TaskMapping() {
    }
}
