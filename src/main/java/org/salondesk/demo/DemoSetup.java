package org.salondesk.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salondesk.booking.Booking;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.Master;
import org.salondesk.catalog.SalonService;
import org.salondesk.client.Client;
import org.salondesk.staff.StaffUser;

/** What the demo's catalogue step made, for the booking and task steps. */
final class DemoSetup {

    final List<Branch> branches = new ArrayList<>();
    final List<Placed> masters = new ArrayList<>();
    final Map<Long, Map<String, SalonService>> services = new HashMap<>();
    final List<Client> clients = new ArrayList<>();
    final List<StaffUser> staff = new ArrayList<>();
    final List<Booking> noShows = new ArrayList<>();
    final List<Booking> tomorrowNew = new ArrayList<>();
    final DemoResources resources = new DemoResources();

    /** A master with her branch and what she does. */
    record Placed(Master master, DemoCatalog.Master data, Map<String, SalonService> services) {
    }
}
