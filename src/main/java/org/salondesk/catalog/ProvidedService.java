package org.salondesk.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A master provides a service. Price and duration, when set, override the service's own for this master
 * (a senior master costs more or takes longer).
 */
@Entity
@Table(name = "employee_service")
public class ProvidedService {

    /** The pair (master, service). */
    @Embeddable
    public record Key(@Column(name = "employee_id") long masterId,
                      @Column(name = "service_id") long serviceId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    protected ProvidedService() {
    }

    public ProvidedService(long masterId, long serviceId) {
        this.key = new Key(masterId, serviceId);
    }

    public Key getKey() {
        return key;
    }

    public long getMasterId() {
        return key.masterId();
    }

    public long getServiceId() {
        return key.serviceId();
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }
}
