package org.salondesk.ui.about;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.salondesk.i18n.Messages;

/**
 * What the About box tells: the program and its version, its licence, where this PC keeps the data and which database
 * is open. Filled at start-up from what the desk was launched with, so it answers even while the database opens.
 */
public final class AboutViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "SalonDesk");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyStringWrapper licence =
            new ReadOnlyStringWrapper(this, "licence", Messages.get("about.licence.text"));
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper(this, "dataFolder", "");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper(this, "database", "");

    /** Sets what the box shows: this build's version, the data folder and the database, as people read them. */
    public void describe(String version, String dataFolder, String database) {
        this.title.set("SalonDesk " + version);
        this.version.set(version);
        this.dataFolder.set(dataFolder);
        this.database.set(database);
    }

    /** "SalonDesk" and the version, as in the window title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The licence's name and where its text is. */
    public ReadOnlyStringProperty licenceProperty() {
        return licence.getReadOnlyProperty();
    }

    /** The folder of the embedded database, the logs and the backups. */
    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }

    /** The open database: the embedded file, or the server URL without its password. */
    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }
}
