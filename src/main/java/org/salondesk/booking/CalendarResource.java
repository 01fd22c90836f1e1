package org.salondesk.booking;

/** A branch's active room, chair, basin or piece of equipment as the calendar's resource columns show it. */
public record CalendarResource(long id, String name, int quantity) {
}
