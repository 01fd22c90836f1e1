package org.salondesk.availability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Booking rule 1 without I/O: a master is eligible for services S when she provides every service of S; the
 * services are done one after another, so durations and prices add up.
 */
public final class Eligibility {

    /** A requested service with its catalogue price and duration. */
    public record RequestedService(long serviceId, BigDecimal price, int durationMinutes) {
    }

    /** "Master provides service", with her own price and duration where set (null: the catalogue's). */
    public record Provision(long masterId, long serviceId, BigDecimal price, Integer durationMinutes) {
    }

    private Eligibility() {
    }

    /**
     * The offers of every master who provides all {@code services}, ordered by master id.
     *
     * @param provisions what the (active) masters provide; rows for other services are ignored
     */
    public static List<MasterOffer> offers(List<RequestedService> services, Collection<Provision> provisions) {
        Map<Long, RequestedService> byId = new HashMap<>();
        services.forEach(service -> byId.put(service.serviceId(), service));
        Map<Long, List<Provision>> byMaster = new TreeMap<>();
        for (Provision provision : provisions) {
            if (byId.containsKey(provision.serviceId())) {
                byMaster.computeIfAbsent(provision.masterId(), id -> new ArrayList<>()).add(provision);
            }
        }
        List<MasterOffer> offers = new ArrayList<>();
        byMaster.forEach((masterId, provided) -> {
            if (provided.stream().map(Provision::serviceId).distinct().count() != byId.size()) {
                return;
            }
            Map<Long, Provision> byService = new HashMap<>();
            provided.forEach(provision -> byService.put(provision.serviceId(), provision));
            int duration = 0;
            BigDecimal price = BigDecimal.ZERO;
            List<MasterOffer.Line> lines = new ArrayList<>(services.size());
            for (RequestedService service : services) {
                Provision provision = byService.get(service.serviceId());
                int lineDuration = provision.durationMinutes() != null
                        ? provision.durationMinutes() : service.durationMinutes();
                BigDecimal linePrice = provision.price() != null ? provision.price() : service.price();
                lines.add(new MasterOffer.Line(service.serviceId(), linePrice, lineDuration));
                duration += lineDuration;
                price = price.add(linePrice);
            }
            offers.add(new MasterOffer(masterId, duration, price, lines));
        });
        return offers;
    }
}
