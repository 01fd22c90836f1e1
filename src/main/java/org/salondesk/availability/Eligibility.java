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

    /**
     * A requested service with its catalogue price, duration, processing window (0 and 0: none) and the resources it
     * takes.
     */
    public record RequestedService(long serviceId, BigDecimal price, int durationMinutes, int busyBeforeMinutes,
                                   int processingMinutes, List<ServiceNeed> needs) {

        public RequestedService {
            needs = List.copyOf(needs);
        }

        public RequestedService(long serviceId, BigDecimal price, int durationMinutes) {
            this(serviceId, price, durationMinutes, 0, 0, List.of());
        }
    }

    /**
     * "Master provides service", with her own price, duration and processing window where set (null: the
     * catalogue's).
     */
    public record Provision(long masterId, long serviceId, BigDecimal price, Integer durationMinutes,
                            Integer busyBeforeMinutes, Integer processingMinutes) {

        public Provision(long masterId, long serviceId, BigDecimal price, Integer durationMinutes) {
            this(masterId, serviceId, price, durationMinutes, null, null);
        }
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
                lines.add(line(service, provision, linePrice, lineDuration));
                duration += lineDuration;
                price = price.add(linePrice);
            }
            offers.add(new MasterOffer(masterId, duration, price, lines));
        });
        return offers;
    }

    /**
     * A service as this master does it. Her own processing window counts where she has one; a window that does not
     * leave work before and after it within her duration counts as none, so she is busy throughout.
     */
    private static MasterOffer.Line line(RequestedService service, Provision provision, BigDecimal price,
                                         int duration) {
        boolean own = provision.processingMinutes() != null && provision.busyBeforeMinutes() != null;
        int before = own ? provision.busyBeforeMinutes() : service.busyBeforeMinutes();
        int processing = own ? provision.processingMinutes() : service.processingMinutes();
        if (processing <= 0 || before <= 0 || before + processing >= duration) {
            before = 0;
            processing = 0;
        }
        List<Footprint.ResourceNeed> needs = new ArrayList<>(service.needs().size());
        for (ServiceNeed need : service.needs()) {
            needs.add(need.during(duration, before, processing));
        }
        return new MasterOffer.Line(service.serviceId(), price, duration, before, processing, needs);
    }
}
