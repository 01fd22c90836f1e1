package org.salondesk.staff;

/**
 * The rules every desk of the salon follows, as the admin sets them in Settings: after how many minutes without a key
 * or the mouse a desk locks itself (0: never), and whether staff users may sign in with a PIN of 4–6 digits.
 */
public record DeskRulesForm(int idleLockMinutes, boolean pinsAllowed) {
}
