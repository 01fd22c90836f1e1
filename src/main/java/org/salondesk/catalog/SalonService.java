package org.salondesk.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.salondesk.Bounds;
import org.salondesk.TextLimit;
import org.salondesk.availability.SlotGrid;

/** A service the branch sells (услуга): its price and how long it takes. Blocked services stay, inactive. */
@Entity
@Table(name = "salon_service")
public class SalonService {

    /** The longest title and description (the columns' lengths). */
    public static final TextLimit TITLE = new TextLimit("fieldName.title", 200);
    public static final TextLimit DESCRIPTION = new TextLimit("fieldName.description", 2000);
    /** A price from 0 to 1 000 000 in roubles and kopecks; a master's own price too. */
    public static final Bounds PRICE = Bounds.decimal("fieldName.price", 0, 1_000_000, 2);
    /** A length from 5 minutes to 12 hours on 5-minute marks, as bookings start; a master's own length too. */
    public static final Bounds DURATION = Bounds.whole("fieldName.duration", 5, 12 * 60)
            .inSteps(SlotGrid.BOOKING_STEP_MINUTES);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false)
    private boolean active = true;

    protected SalonService() {
    }

    public SalonService(long branchId, Long categoryId, String title, String description, BigDecimal price,
                        int durationMinutes) {
        this.branchId = branchId;
        this.categoryId = categoryId;
        this.title = title;
        this.description = description;
        this.price = price;
        this.durationMinutes = durationMinutes;
    }

    public Long getId() {
        return id;
    }

    public long getBranchId() {
        return branchId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
