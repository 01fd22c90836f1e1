package org.salondesk.ui.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.FreeStart;
import org.salondesk.availability.SlotOffer;
import org.salondesk.availability.StartsAround;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;

/**
 * The free starts the dialog offers for its services, master and date, and the one chosen. The start the
 * receptionist wants (the clicked time, or the one she chose last) is kept across her other choices; when it is not
 * free the nearest starts are named, and a date with none offers the next free times.
 */
public final class FreeStarts {

    /** How many next free times are offered for the master, and then for any master, when a date has none. */
    static final int NEXT_FREE = 3;

    private final AvailabilityService availability;
    private final BackgroundExecutor background;
    private final StartHold hold;
    private final long branchId;
    private final boolean walkIn;
    private final LongFunction<String> masterName;
    private final Runnable shown;

    private final ObservableList<SlotChoice> slots = FXCollections.observableArrayList();
    private final ObjectProperty<SlotChoice> slot = new SimpleObjectProperty<>(this, "slot");
    private final ReadOnlyStringWrapper slotsText = new ReadOnlyStringWrapper(this, "slotsText", "");
    private final ObservableList<SlotChoice> nearest = FXCollections.observableArrayList();
    private final ObservableList<NextFree> nextFree = FXCollections.observableArrayList();
    // The start the receptionist wants: the clicked time, or the one she chose last; kept across other choices.
    private LocalTime preferredTime;
    // Only the answer to the latest request is shown.
    private long request;

    /** {@code shown} runs once fresh starts are shown and one is chosen again (maybe equal to the one before). */
    FreeStarts(AvailabilityService availability, BackgroundExecutor background, StartHold hold, long branchId,
               boolean walkIn, LocalTime preferredTime, LongFunction<String> masterName, Runnable shown) {
        this.availability = availability;
        this.background = background;
        this.hold = hold;
        this.branchId = branchId;
        this.walkIn = walkIn;
        this.preferredTime = preferredTime;
        this.masterName = masterName;
        this.shown = shown;
    }

    /**
     * Asks for the free starts of the services, master and date, around the wanted start when there is one; a date
     * with none (or one before {@code firstDate}) comes with the next free times instead. The hold goes first.
     */
    void refresh(List<Long> ids, MasterChoice who, LocalDate day, LocalDate firstDate) {
        long current = ++request;
        nearest.clear();
        nextFree.clear();
        if (ids.isEmpty() || who == null || day == null) {
            slots.clear();
            slot.set(null);
            slotsText.set(ids.isEmpty() ? Messages.get("dialog.chooseServices") : "");
            return;
        }
        // A past date (typed into the picker, which offers none) says only that, with the next free times from today.
        boolean past = firstDate != null && day.isBefore(firstDate);
        SlotChoice keep = slot.get();
        LocalTime wanted = preferredTime;
        // The dialog's own hold would show its start as taken: it is let go before the starts are read.
        hold.release();
        background.run(() -> {
            hold.releaseLetGo();
            if (past) {
                return new Slots(null, nextFreeTimes(ids, who.masterId(), firstDate, wanted));
            }
            StartsAround around = wanted == null
                    ? new StartsAround(availability.offers(branchId, ids, day, who.masterId(), null), null,
                    Optional.empty(), Optional.empty(), Optional.empty())
                    : availability.offersAround(branchId, ids, day, who.masterId(), wanted);
            return new Slots(around, around.offers().isEmpty() ? nextFreeTimes(ids, who.masterId(), day, wanted)
                    : NextFreeTimes.NONE);
        }, loaded -> {
            if (current == request) {
                show(loaded, day, past, keep);
            }
        }, failure -> {
            if (current == request) {
                slots.clear();
                slot.set(null);
                slotsText.set(ErrorText.of(failure));
            }
        });
    }

    private void show(Slots loaded, LocalDate day, boolean past, SlotChoice keep) {
        StartsAround around = loaded.around();
        slots.setAll(around == null ? List.of() : around.offers().stream().map(this::choiceOf).toList());
        nextFree.setAll(nextFreeOf(loaded.next()));
        if (around != null && around.wanted() != null && !around.wantedFree()) {
            List<SlotChoice> near = new ArrayList<>();
            around.before().map(this::choiceOf).ifPresent(near::add);
            around.after().map(this::choiceOf).ifPresent(near::add);
            nearest.setAll(near);
        }
        slotsText.set(slotsText(day, past, around));
        slot.set(preselect(keep, around).orElse(null));
        shown.run();
    }

    /** What the availability service answered for the dialog's date, and the next free times when it had nothing. */
    private record Slots(StartsAround around, NextFreeTimes next) {
    }

    /** The next free times of the master asked for (none without one), and of any master. */
    private record NextFreeTimes(List<FreeStart> master, List<FreeStart> any) {
        static final NextFreeTimes NONE = new NextFreeTimes(List.of(), List.of());
    }

    private NextFreeTimes nextFreeTimes(List<Long> ids, Long masterId, LocalDate from, LocalTime near) {
        return new NextFreeTimes(masterId == null ? List.of()
                : availability.nextFree(branchId, ids, masterId, from, near, NEXT_FREE),
                availability.nextFree(branchId, ids, null, from, near, NEXT_FREE));
    }

    // The master's next free times first, then any master's on the dates she has none of.
    private List<NextFree> nextFreeOf(NextFreeTimes found) {
        List<NextFree> result = new ArrayList<>();
        found.master().forEach(start -> result.add(nextFreeOf(start, true)));
        for (FreeStart start : found.any()) {
            if (result.stream().noneMatch(known -> known.date().equals(start.date()))) {
                result.add(nextFreeOf(start, false));
            }
        }
        return result;
    }

    private NextFree nextFreeOf(FreeStart start, boolean sameMaster) {
        long masterId = start.offer().masterId();
        return new NextFree(start.date(), start.offer().time(), masterId, masterName.apply(masterId), sameMaster);
    }

    // One line above the starts: why a date has none (and that the next free times follow), or which starts are
    // nearest the wanted one when it is not free. Never two messages at once.
    private String slotsText(LocalDate day, boolean past, StartsAround around) {
        if (past) {
            return Messages.get(nextFree.isEmpty() ? "dialog.pastDate" : "dialog.pastDateNext", day);
        }
        if (slots.isEmpty()) {
            return Messages.get(nextFree.isEmpty() ? "dialog.noSlotsAhead" : "dialog.noSlots", day);
        }
        return nearest.isEmpty() ? "" : Messages.get("dialog.wantedTaken", around.wanted(), nearest.stream()
                .map(near -> near.time().toString()).collect(Collectors.joining(", ")));
    }

    private SlotChoice choiceOf(SlotOffer offer) {
        return new SlotChoice(offer.time(), offer.masterId(), masterName.apply(offer.masterId()),
                offer.offer().durationMinutes(), offer.offer().price());
    }

    // The start kept from before, else the wanted time when it is free, else (walk-in) the earliest.
    private Optional<SlotChoice> preselect(SlotChoice keep, StartsAround around) {
        if (keep != null) {
            Optional<SlotChoice> same = slots.stream().filter(s -> s.time().equals(keep.time())
                    && s.masterId() == keep.masterId()).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        if (around != null && around.chosen().isPresent()) {
            SlotChoice wanted = choiceOf(around.chosen().get());
            return slots.stream().filter(wanted::equals).findFirst();
        }
        return walkIn && preferredTime == null && !slots.isEmpty() ? Optional.of(slots.get(0)) : Optional.empty();
    }

    /** The receptionist picks a start: it is chosen, and wanted from now on (other choices keep it when they can). */
    void choose(SlotChoice choice) {
        if (choice != null) {
            preferredTime = choice.time();
            slot.set(choice);
        }
    }

    /** Wants {@code time} from now on and lets the chosen start go: the next refresh picks it when it is free. */
    void want(LocalTime time) {
        preferredTime = time;
        slot.set(null);
    }

    /** Answers still on their way are dropped (the dialog closes). */
    void dropAnswers() {
        request++;
    }

    /** Free starts for the chosen services, master and date. */
    public ObservableList<SlotChoice> slots() {
        return slots;
    }

    /** The start chosen; Book holds it. */
    public ObjectProperty<SlotChoice> slotProperty() {
        return slot;
    }

    /** Why there is no start to choose (no services chosen, nothing free), or which are nearest the wanted one. */
    public ReadOnlyStringProperty slotsTextProperty() {
        return slotsText.getReadOnlyProperty();
    }

    /** Of the starts offered, the nearest before and after the wanted one when it is not free (marked on screen). */
    public ObservableList<SlotChoice> nearest() {
        return nearest;
    }

    /** The next free times, one click away, when the date has none: this master's first, then any master's. */
    public ObservableList<NextFree> nextFree() {
        return nextFree;
    }
}
