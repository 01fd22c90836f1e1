package org.salondesk.ui.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salondesk.availability.VisitPlanner;
import org.salondesk.availability.VisitStep;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.ClientToBook;
import org.salondesk.booking.VisitBooked;
import org.salondesk.client.ClientService;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ErrorText;

/**
 * One visit of several steps, each its own service with its own master or any (decision 0036): the desk chooses the
 * steps and the date, sees every start the engine finds with who does what when, chooses one and books the visit for
 * the client found by phone, all steps at once.
 */
public final class VisitDialogViewModel {

    /** The steps the dialog offers: a visit at the desk is two or three services. */
    public static final int STEPS = 3;

    /** One step as chosen: a service (none: the step is left out) and a master (value null: any). */
    public static final class StepForm {
        private final ObjectProperty<Choice<Long>> service = new SimpleObjectProperty<>(this, "service");
        private final ObjectProperty<Choice<Long>> master = new SimpleObjectProperty<>(this, "master");

        public ObjectProperty<Choice<Long>> serviceProperty() {
            return service;
        }

        public ObjectProperty<Choice<Long>> masterProperty() {
            return master;
        }
    }

    private final BookingService booking;
    private final BackgroundExecutor background;
    private final long branchId;
    private final ClientByPhone client;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final BooleanProperty parallel = new SimpleBooleanProperty(this, "parallel", false);
    private final List<StepForm> steps = new ArrayList<>();
    private final OfferedChoices choices = new OfferedChoices();
    private final ObservableList<Choice<VisitPlanner.VisitOffer>> offers = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<VisitPlanner.VisitOffer>> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<VisitBooked> booked = new ReadOnlyObjectWrapper<>(this, "booked");

    public VisitDialogViewModel(BookingService booking, ClientService clients, BackgroundExecutor background,
                                long branchId, LocalDate date) {
        this.booking = booking;
        this.background = background;
        this.branchId = branchId;
        this.date.set(date);
        this.client = new ClientByPhone(clients, background, branchId, () -> { }, this::fail);
        for (int i = 0; i < STEPS; i++) {
            StepForm step = new StepForm();
            step.service.addListener((obs, old, now) -> stale());
            step.master.addListener((obs, old, now) -> stale());
            steps.add(step);
        }
        this.date.addListener((obs, old, now) -> stale());
        parallel.addListener((obs, old, now) -> stale());
    }

    /** Reads the branch's services and masters (in the background). */
    public void open() {
        choices.load(booking, branchId, background,
                () -> steps.forEach(step -> step.master.set(choices.anyMaster())), this::fail);
    }

    /** Asks the engine for every start of the visit on the date. */
    public void findTimes() {
        List<VisitStep> asked = asked();
        if (asked.size() < 2) {
            error.set(Messages.get("visit.why.steps"));
            return;
        }
        LocalDate day = date.get();
        boolean together = parallel.get();
        error.set("");
        status.set(Messages.get("visit.looking"));
        background.run(() -> booking.visits().offers(branchId, asked, together, day, null), found -> {
            offers.setAll(found.stream().map(offer -> Choice.of(offer, describe(offer))).toList());
            chosen.set(offers.isEmpty() ? null : offers.get(0));
            status.set(found.isEmpty() ? Messages.get("visit.noTimes", day) : Messages.get("visit.times",
                    found.size()));
        }, this::fail);
    }

    /** Books the chosen start for the client (created first when new). */
    public void book() {
        Choice<VisitPlanner.VisitOffer> offer = chosen.get();
        if (offer == null) {
            error.set(Messages.get("visit.why.time"));
            return;
        }
        if (!client.bookable().get()) {
            client.markPhone();
            error.set(client.whyNot());
            return;
        }
        List<VisitStep> asked = asked();
        LocalDate day = date.get();
        boolean together = parallel.get();
        ClientToBook forWhom = client.toBook();
        error.set("");
        background.run(() -> booking.visits().book(branchId, asked, together, day, offer.value().start(),
                forWhom, null), booked::set, this::fail);
    }

    private List<VisitStep> asked() {
        return steps.stream().filter(step -> step.service.get() != null && step.service.get().value() != null)
                .map(step -> new VisitStep(List.of(step.service.get().value()),
                        step.master.get() == null ? null : step.master.get().value()))
                .toList();
    }

    /** "10:00 · Haircut: Olga 10:00–11:00 · Manicure: Olga 11:00–12:30", a line a step when shown. */
    String describe(VisitPlanner.VisitOffer offer) {
        return offer.start() + " · " + offer.steps().stream().map(step -> Messages.get("visit.step",
                        step.offer().lines().stream().map(line -> choices.title(line.serviceId()))
                                .collect(Collectors.joining(", ")),
                        choices.name(step.offer().masterId()), step.start(), step.end()))
                .collect(Collectors.joining(" · "));
    }

    // What was found belongs to the steps and date it was found for.
    private void stale() {
        offers.clear();
        chosen.set(null);
        status.set("");
    }

    private void fail(Throwable failure) {
        status.set("");
        error.set(ErrorText.of(failure));
    }

    public ClientByPhone client() {
        return client;
    }

    public List<StepForm> steps() {
        return steps;
    }

    public ObservableList<Choice<Long>> services() {
        return choices.services();
    }

    public ObservableList<Choice<Long>> masters() {
        return choices.masters();
    }

    public ObservableList<Choice<VisitPlanner.VisitOffer>> offers() {
        return offers;
    }

    public ObjectProperty<Choice<VisitPlanner.VisitOffer>> chosenProperty() {
        return chosen;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanProperty parallelProperty() {
        return parallel;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisitBooked> bookedProperty() {
        return booked.getReadOnlyProperty();
    }
}
