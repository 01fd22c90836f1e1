package org.salondesk.audit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * The before → after of an entity's fields as the audit writes them, one "field: old → new" line each (a new record:
 * "field: value", a deleted one: its last values). Bookkeeping fields are left out; a secret (a password's hash) is
 * never written, only that it changed.
 */
final class FieldChanges {

    /** Fields that say when and by whom, or that the desk derives: the audit row says these itself. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy",
            "clientKey", "masterKey", "idempotencyKey");
    static final String ARROW = " → ";
    private static final String SECRET = "***";

    private FieldChanges() {
    }

    /**
     * The lines for a write: {@code before} null for a new record, {@code after} null for a deleted one; {@code dirty}
     * the changed fields of an update (null: compare them all).
     */
    static String of(EntityPersister persister, Object[] before, Object[] after, int[] dirty) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            int field = i;
            if (!audited(names[i], types[i]) || dirty != null && Arrays.stream(dirty).noneMatch(d -> d == field)) {
                continue;
            }
            Object old = before == null ? null : before[i];
            Object now = after == null ? null : after[i];
            if (before != null && after != null && Objects.equals(old, now)
                    || before == null && now == null || after == null && old == null) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(names[i]).append(": ");
            if (before != null && after != null) {
                text.append(shown(names[i], types[i], old, persister)).append(ARROW)
                        .append(shown(names[i], types[i], now, persister));
            } else {
                text.append(shown(names[i], types[i], before == null ? now : old, persister));
            }
        }
        return text.toString();
    }

    /** The audited fields an update changed, by name. */
    static Set<String> changedNames(EntityPersister persister, int[] dirty) {
        Set<String> names = new LinkedHashSet<>();
        if (dirty != null) {
            for (int i : dirty) {
                if (audited(persister.getPropertyNames()[i], persister.getPropertyTypes()[i])) {
                    names.add(persister.getPropertyNames()[i]);
                }
            }
        }
        return names;
    }

    private static boolean audited(String name, Type type) {
        // Hibernate's own back-references ("_services_booking_idBackref") are not fields anyone changed.
        return !BOOKKEEPING.contains(name) && !name.startsWith("_") && !type.isCollectionType();
    }

    private static String shown(String name, Type type, Object value, EntityPersister persister) {
        if (value == null) {
            return "—";
        }
        if (isSecret(name)) {
            return SECRET;
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (type.isEntityType()) {
            return "#" + persister.getFactory().getPersistenceUnitUtil().getIdentifier(value);
        }
        return String.valueOf(value).replace('\n', ' ');
    }

    /** A password, a PIN or any hash: "pin", "pinHash", "passwordHash", but not "pinned". */
    private static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("hash") || name.matches("pin([A-Z].*)?");
    }
}
