package org.salondesk.booking;

/** A master as the booking functions list her (get_employees_for_booking). */
public record EmployeeInfo(long id, String name, String information, Long jobTitleId, String jobTitle) {
}
