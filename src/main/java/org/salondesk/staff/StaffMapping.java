package org.salondesk.staff;

import java.util.List;

/**
 * The entity classes of the staff. The desk hands them to the database with every other feature's: persistence itself
 * knows no feature.
 */
public final class StaffMapping {

    public static final List<Class<?>> ENTITIES = List.of(StaffUser.class, SignInAttempt.class);

    private StaffMapping() {
    }
}
