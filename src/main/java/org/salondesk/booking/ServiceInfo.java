package org.salondesk.booking;

import java.math.BigDecimal;

/**
 * A service as the booking functions list it (get_services_for_booking). When listed for one master, price and
 * duration are hers.
 */
public record ServiceInfo(long id, String title, String description, BigDecimal price, int duration,
                          Long categoryId) {
}
