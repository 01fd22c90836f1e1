package org.salondesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.salondesk.TextLimit;

/** An entry of one of a branch's named lists (job titles, service categories): a name unique in the branch. */
@MappedSuperclass
public abstract class BranchListEntry {

    public static final TextLimit NAME = new TextLimit("fieldName.named", 200);
    public static final TextLimit DESCRIPTION = new TextLimit("fieldName.description", 1000);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String description;

    protected BranchListEntry() {
    }

    protected BranchListEntry(long branchId, String name, String description) {
        this.branchId = branchId;
        this.name = name;
        this.description = description;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
