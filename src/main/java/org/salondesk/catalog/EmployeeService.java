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
public class EmployeeService {

    /** The pair (master, service). */
    @Embeddable
    public record Key(@Column(name = "employee_id") long employeeId,
                      @Column(name = "service_id") long serviceId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    protected EmployeeService() {
    }

    public EmployeeService(long employeeId, long serviceId) {
        this.key = new Key(employeeId, serviceId);
    }

    public Key getKey() {
        return key;
    }

    public long getEmployeeId() {
        return key.employeeId();
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
