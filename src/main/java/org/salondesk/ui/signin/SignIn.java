package org.salondesk.ui.signin;

import org.salondesk.staff.StaffRow;

/** Checks a login and password and makes the desk act as that staff user (the facade's {@code signIn}). */
@FunctionalInterface
public interface SignIn {

    /** The staff user signed in; a {@code SalonDeskException} (wrong password, locked out) when refused. */
    StaffRow signIn(String login, char[] password);
}
