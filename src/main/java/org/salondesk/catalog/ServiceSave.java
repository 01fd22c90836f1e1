package org.salondesk.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.salondesk.availability.ServiceNeed;

/**
 * One Save of the catalogue's service form, written in one transaction by {@link ServiceCatalog#saveService}: the
 * service's fields, its commission ({@code null}: none) and, when the form changed them, its phases ({@code null}:
 * as stored). A part refused leaves the whole service as it was.
 *
 * @param serviceId the service edited, or {@code null} for a new one in {@code branchId}
 */
public record ServiceSave(long branchId, Long serviceId, Long categoryId, String title, String description,
                          BigDecimal price, int durationMinutes, PayRates.Commission commission, Phases phases) {

    /** A service's processing window and the resources it takes, as {@link Resources#setPhases} takes them. */
    public record Phases(int busyBeforeMinutes, int processingMinutes, List<Need> needs) {

        public Phases {
            needs = needs == null ? null : List.copyOf(needs);
        }

        List<ServiceNeed> of(long serviceId) {
            return needs == null ? null : needs.stream()
                    .map(need -> new ServiceNeed(serviceId, need.resourceId(), need.phase())).toList();
        }
    }

    /** A resource the service takes, during the whole of it or one of its phases. */
    public record Need(long resourceId, ServiceNeed.Phase phase) {
    }
}
