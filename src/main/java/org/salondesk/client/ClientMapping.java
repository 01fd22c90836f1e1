package org.salondesk.client;

import java.util.List;

/**
 * The entity classes of the clients. The desk hands them to the database with every other feature's: persistence itself
 * knows no feature.
 */
public final class ClientMapping {

    public static final List<Class<?>> ENTITIES = List.of(Client.class);

    private ClientMapping() {
    }
}
