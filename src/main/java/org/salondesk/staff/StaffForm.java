package org.salondesk.staff;

import java.util.Locale;

import org.salondesk.Require;
import org.salondesk.TextLimit;
import org.salondesk.access.StaffRole;

/** A staff user as the admin writes it: login, the name shown, role, and for a master her master record. */
public record StaffForm(String login, String displayName, StaffRole role, Long masterId) {

    /** The longest login and name kept, for the screens (declared beside their columns on {@link StaffUser}). */
    public static final TextLimit LOGIN = StaffUser.LOGIN;
    public static final TextLimit DISPLAY_NAME = StaffUser.DISPLAY_NAME;

    /** The form trimmed and checked: login of letters, digits, dots, dashes; a MASTER needs her master record. */
    StaffForm checked() {
        String checkedLogin = Require.text(login, "field.login", StaffUser.LOGIN).toLowerCase(Locale.ROOT);
        Require.that(checkedLogin.matches("[\\p{L}0-9._-]{2,}"), "error.staff.login");
        String name = Require.text(displayName, "field.name", StaffUser.DISPLAY_NAME);
        Require.present(role, "field.role");
        Require.that(role != StaffRole.MASTER || masterId != null, "error.staff.masterNeedsEmployee");
        return new StaffForm(checkedLogin, name, role, masterId);
    }
}
