package org.salondesk.ui.shell;

import java.util.concurrent.Callable;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's line about its database server: silent while the server answers; when work fails because the connection
 * is lost, it says so, asks the server again on every {@link #tick()} (one question at a time), and when the server
 * answers again it says that too, lets the screens read again, and falls silent a few ticks later. What the user had
 * typed stays where it is: the screens keep their forms and dialogs open.
 */
public final class ConnectionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionViewModel.class);
    /** How many ticks the line says "back" before it clears. */
    static final int TICKS_SHOWING_BACK = 5;

    private final BackgroundExecutor background;
    private final Callable<?> probe;
    private final String server;
    private final ReadOnlyBooleanWrapper lost = new ReadOnlyBooleanWrapper(this, "lost", false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private Runnable onBack = () -> { };
    private boolean probing;
    private int ticksSinceBack;
    private int attempts;

    /**
     * @param probe  asks the server; throws while it cannot be reached
     * @param server the server as the user knows it ("db.salon.local:5432")
     */
    public ConnectionViewModel(BackgroundExecutor background, Callable<?> probe, String server) {
        this.background = background;
        this.probe = probe;
        this.server = server;
    }

    /** Work failed because the connection is lost (called on the UI thread; again and again during an outage). */
    public void lost() {
        if (lost.get()) {
            return;
        }
        LOG.warn("The connection to the database server {} is lost; trying again", server);
        lost.set(true);
        attempts = 0;
        text.set(Messages.get("connection.lost", server));
        details.set(Messages.get("connection.lostHelp"));
    }

    /** The clock of the line: while the connection is lost, the server is asked again. */
    public void tick() {
        if (!lost.get()) {
            if (!text.get().isEmpty() && ++ticksSinceBack >= TICKS_SHOWING_BACK) {
                text.set("");
            }
            return;
        }
        if (probing) {
            return;
        }
        probing = true;
        attempts++;
        background.run(probe, answered -> {
            probing = false;
            LOG.info("The database server {} answers again after {} attempts", server, attempts);
            lost.set(false);
            ticksSinceBack = 0;
            text.set(Messages.get("connection.back"));
            details.set(text.get());
            onBack.run();
        }, failure -> probing = false);
    }

    /** The user has read the line. */
    public void dismiss() {
        if (!lost.get()) {
            text.set("");
        }
    }

    /** {@code action} runs on the UI thread each time the server answers again after an outage. */
    public void setOnBack(Runnable action) {
        this.onBack = action;
    }

    /** Whether the connection is lost now. */
    public ReadOnlyBooleanProperty lostProperty() {
        return lost.getReadOnlyProperty();
    }

    /** More about the line, for its tooltip. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** What the status bar says about the connection; empty while there is nothing to say. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
