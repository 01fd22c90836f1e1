package org.salondesk.ui.signin;

import org.salondesk.staff.StaffRow;

/** Makes the salon's first admin with a password and signs the desk in as her (the facade's {@code makeFirstAdmin}). */
@FunctionalInterface
public interface FirstAdmin {

    StaffRow make(String login, String displayName, char[] password);
}
