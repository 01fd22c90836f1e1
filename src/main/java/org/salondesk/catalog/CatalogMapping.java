package org.salondesk.catalog;

import java.util.List;

/**
 * The entity classes of the catalogue (branches, services, masters and what each does). The desk hands them to the
 * database with every other feature's: persistence itself knows no feature.
 */
public final class CatalogMapping {

    public static final List<Class<?>> ENTITIES = List.of(Branch.class, ServiceCategory.class, JobTitle.class,
            SalonService.class, Master.class, ProvidedService.class);

    private CatalogMapping() {
    }
}
