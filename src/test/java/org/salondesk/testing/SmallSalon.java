package org.salondesk.testing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.salondesk.SalonDesk;

/**
 * A small salon for screen tests: one branch, two masters working 09:00–18:00 every day, a haircut (60 min) that both
 * do, a manicure (90 min) that only Olga does, and one client.
 */
public final class SmallSalon {

    public final long branch;
    public final long olga;
    public final long pavel;
    public final long haircut;
    public final long manicure;
    public final long anna;

    public SmallSalon(SalonDesk desk) {
        branch = desk.branches().createBranch("Лаванда", "Тверская, 1");
        long stylist = desk.masters().createJobTitle(branch, "Стилист", null);
        haircut = desk.serviceCatalog().createService(branch, null, "Стрижка", null, new BigDecimal("1800"), 60);
        manicure = desk.serviceCatalog().createService(branch, null, "Маникюр", null, new BigDecimal("2200"), 90);
        olga = desk.masters().createMaster(branch, "Ольга", null, stylist);
        pavel = desk.masters().createMaster(branch, "Павел", null, stylist);
        desk.provisions().assignServices(olga, List.of(haircut, manicure));
        desk.provisions().assignServices(pavel, List.of(haircut));
        for (DayOfWeek day : DayOfWeek.values()) {
            desk.schedules().setWeeklyShift(olga, day, LocalTime.of(9, 0), LocalTime.of(18, 0));
            desk.schedules().setWeeklyShift(pavel, day, LocalTime.of(9, 0), LocalTime.of(18, 0));
        }
        anna = desk.clients().createClient("Анна", "Смирнова", "+7 916 111-22-33");
    }
}
