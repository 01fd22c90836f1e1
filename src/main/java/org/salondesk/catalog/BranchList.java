package org.salondesk.catalog;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.persistence.Database;

/** Adds and changes the entries of one of a branch's named lists, each name once in the branch, in one transaction. */
final class BranchList<T extends BranchListEntry> {

    /** Makes a new entry of the list from its checked fields. */
    interface NewEntry<T> {
        T of(long branchId, String name, String description);
    }

    private final Database database;
    private final Class<T> type;
    private final String notFoundKey;
    private final NewEntry<T> newEntry;

    BranchList(Database database, Class<T> type, String notFoundKey, NewEntry<T> newEntry) {
        this.database = database;
        this.type = type;
        this.notFoundKey = notFoundKey;
        this.newEntry = newEntry;
    }

    long create(long branchId, String name, String description) {
        String checkedName = Require.text(name, "field.name", BranchListEntry.NAME);
        String checkedDescription = Require.optionalText(description, BranchListEntry.DESCRIPTION);
        return database.fromCatalogTransaction(session -> {
            CatalogRows.branch(session, branchId);
            CatalogRows.requireUnique(session, type.getSimpleName(), "name", branchId, checkedName, null);
            T entry = newEntry.of(branchId, checkedName, checkedDescription);
            session.persist(entry);
            session.flush();
            return entry.getId();
        });
    }

    void update(long id, String name, String description) {
        String checkedName = Require.text(name, "field.name", BranchListEntry.NAME);
        String checkedDescription = Require.optionalText(description, BranchListEntry.DESCRIPTION);
        database.inCatalogTransaction(session -> {
            T entry = session.find(type, id);
            if (entry == null) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, notFoundKey, id);
            }
            CatalogRows.requireUnique(session, type.getSimpleName(), "name", entry.getBranchId(), checkedName, id);
            entry.setName(checkedName);
            entry.setDescription(checkedDescription);
        });
    }
}
