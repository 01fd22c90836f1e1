package org.salondesk.ui.settings;

import java.math.BigDecimal;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.apikey.BookingServerSwitch;
import org.salondesk.apikey.OnlineBookingForm;
import org.salondesk.apikey.OnlineBookingSettings;
import org.salondesk.catalog.BranchRow;
import org.salondesk.catalog.BranchService;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.NumberText;

/**
 * The booking server of this desk app (Settings, the Online booking tab): on or off, its port and the lease minutes,
 * saved for every desk and a headless server; saving turns the server on, off or onto the new port through the
 * {@link BookingServerSwitch}. Also the booking page's address of each branch, on the port saved.
 */
public final class OnlineBookingViewModel {

    private final OnlineBookingSettings settings;
    private final BranchService branches;
    private final BookingServerSwitch server;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final NumberText numbers = NumberText.desk();
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final FormField port = FormField.number(OnlineBookingSettings.PORT, false);
    private final FormField leaseMinutes = FormField.number(OnlineBookingSettings.LEASE_MINUTES, false);
    private final FormFields fields = new FormFields(port, leaseMinutes);
    private final ObservableList<String> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** The port the server was started on by this desk, to start it again on a new one. */
    private volatile int runningPort;

    public OnlineBookingViewModel(OnlineBookingSettings settings, BranchService branches, BookingServerSwitch server,
                                  BackgroundExecutor background, NoticeBoard notices) {
        this.settings = settings;
        this.branches = branches;
        this.server = server;
        this.background = background;
        this.notices = notices;
    }

    private record Read(OnlineBookingForm form, List<BranchRow> branches) {
    }

    /** Reads the settings as saved, and the branches for the links. */
    public void start() {
        background.run(() -> new Read(settings.read(), branches.branches()), read -> {
            show(read.form(), read.branches());
            error.set("");
        }, failure -> error.set(ErrorText.of(failure)));
    }

    /** At the desk's start: the server starts when the settings say so. */
    public void startServerIfOn() {
        background.run(() -> {
            OnlineBookingForm form = settings.read();
            if (form.enabled() && !server.isRunning()) {
                server.start(form.port());
                runningPort = form.port();
            }
            return form;
        }, form -> showStatus(), failure -> error.set(ErrorText.of(failure)));
    }

    public void save() {
        BigDecimal typedPort = numbers.parse(port.text());
        BigDecimal typedLease = numbers.parse(leaseMinutes.text());
        if (!fields.showProblems() || typedPort == null || typedLease == null) {
            return;
        }
        OnlineBookingForm form = new OnlineBookingForm(enabled.get(), typedPort.intValueExact(),
                typedLease.intValueExact());
        background.run(() -> {
            settings.save(form);
            switchServer(form);
            return branches.branches();
        }, found -> {
            show(form, found);
            error.set("");
            notices.post(Notice.info(Messages.get("settings.online.saved")));
        }, failure -> {
            showStatus();
            error.set(ErrorText.of(failure));
        });
    }

    // On the background thread: the server follows what was saved.
    private void switchServer(OnlineBookingForm form) {
        if (!form.enabled()) {
            if (server.isRunning()) {
                server.stop();
            }
            return;
        }
        if (server.isRunning() && runningPort == form.port()) {
            return;
        }
        if (server.isRunning()) {
            server.stop();
        }
        server.start(form.port());
        runningPort = form.port();
    }

    private void show(OnlineBookingForm form, List<BranchRow> found) {
        enabled.set(form.enabled());
        port.show(Integer.toString(form.port()));
        leaseMinutes.show(numbers.format(form.leaseMinutes()));
        links.setAll(found.stream().filter(BranchRow::active)
                .map(branch -> branch.name() + ": http://127.0.0.1:" + form.port() + "/book/" + branch.id())
                .toList());
        showStatus();
    }

    private void showStatus() {
        status.set(server.isRunning() ? Messages.get("settings.online.running", Integer.toString(runningPort))
                : Messages.get("settings.online.stopped"));
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public FormField port() {
        return port;
    }

    public FormField leaseMinutes() {
        return leaseMinutes;
    }

    /** The booking page of each active branch: "name: address". */
    /** The booking page's links, each carrying {@code key} after '#' (a browser never sends it to the server). */
    public List<String> pageLinks(String key) {
        return links.stream().map(link -> link + "#key=" + key).toList();
    }

    public ObservableList<String> links() {
        return links;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
