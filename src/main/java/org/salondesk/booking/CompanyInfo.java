package org.salondesk.booking;

/** A branch as the booking functions list it (get_companies_for_booking). */
public record CompanyInfo(long id, String name, String address) {
}
