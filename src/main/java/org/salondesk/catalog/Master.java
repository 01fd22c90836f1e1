package org.salondesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.salondesk.TextLimit;

/** A master (мастер, сотрудник) of one branch. An inactive master keeps her history but takes no bookings. */
@Entity
@Table(name = "employee")
public class Master {

    public static final TextLimit NAME = new TextLimit("fieldName.name", 200);
    public static final TextLimit INFORMATION = new TextLimit("fieldName.information", 2000);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String information;

    @Column(name = "job_title_id")
    private Long jobTitleId;

    @Column(nullable = false)
    private boolean active = true;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "photo")
    private byte[] photo;

    protected Master() {
    }

    public Master(long branchId, String name, String information, Long jobTitleId) {
        this.branchId = branchId;
        this.name = name;
        this.information = information;
        this.jobTitleId = jobTitleId;
    }

    public Long getId() {
        return id;
    }

    public long getBranchId() {
        return branchId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInformation() {
        return information;
    }

    public void setInformation(String information) {
        this.information = information;
    }

    public Long getJobTitleId() {
        return jobTitleId;
    }

    public void setJobTitleId(Long jobTitleId) {
        this.jobTitleId = jobTitleId;
    }

    /** The master's photo (PNG or JPEG), or null. */
    public byte[] getPhoto() {
        return photo == null ? null : photo.clone();
    }

    public void setPhoto(byte[] photo) {
        this.photo = photo == null ? null : photo.clone();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
