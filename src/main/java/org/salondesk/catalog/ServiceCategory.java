package org.salondesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A category of services of one branch (hair, nails, cosmetology ...). */
@Entity
@Table(name = "service_category")
public class ServiceCategory extends BranchListEntry {

    protected ServiceCategory() {
    }

    public ServiceCategory(long branchId, String name, String description) {
        super(branchId, name, description);
    }
}
