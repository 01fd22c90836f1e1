package org.salondesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A master's job title in one branch (barber, stylist, nail master ...). */
@Entity
@Table(name = "job_title")
public class JobTitle extends BranchListEntry {

    protected JobTitle() {
    }

    public JobTitle(long branchId, String name, String description) {
        super(branchId, name, description);
    }
}
