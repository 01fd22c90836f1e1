package org.salondesk.ui.booking;

import java.math.BigDecimal;
import java.util.List;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.salondesk.booking.ServiceInfo;

/**
 * The length and price the booking dialog shows: the catalogue's sums of the chosen services until a start is
 * chosen, then the chosen master's own (a senior master may take longer or cost more).
 */
public final class DialogTotals {

    private final ReadOnlyIntegerWrapper minutes = new ReadOnlyIntegerWrapper(this, "totalMinutes");
    private final ReadOnlyObjectWrapper<BigDecimal> price =
            new ReadOnlyObjectWrapper<>(this, "totalPrice", BigDecimal.ZERO);

    /** The chosen services changed: the catalogue's sums until a start is chosen again. */
    void services(List<ServiceInfo> chosen) {
        minutes.set(chosen.stream().mapToInt(ServiceInfo::duration).sum());
        price.set(chosen.stream().map(ServiceInfo::price).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** A start was chosen: its master's length and price (none chosen: the sums stay). */
    void start(SlotChoice chosen) {
        if (chosen != null) {
            minutes.set(chosen.durationMinutes());
            price.set(chosen.price());
        }
    }

    /** Length of the booking in minutes. */
    public ReadOnlyIntegerProperty minutesProperty() {
        return minutes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> priceProperty() {
        return price.getReadOnlyProperty();
    }
}
