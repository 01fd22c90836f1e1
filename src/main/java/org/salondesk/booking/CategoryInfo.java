package org.salondesk.booking;

/** A service category of a branch (get_categories_for_booking). */
public record CategoryInfo(long id, String name, String description) {
}
