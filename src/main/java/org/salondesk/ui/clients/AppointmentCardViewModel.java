package org.salondesk.ui.clients;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

import org.salondesk.client.AppointmentCard;
import org.salondesk.client.ClientCard;
import org.salondesk.ui.common.SheetOutput;

/** The shown client's appointment card (her next visits), printed or saved as PDF. */
public final class AppointmentCardViewModel {

    private final SheetOutput output;
    private final Clock clock;
    private final ReadOnlyObjectProperty<ClientCard> card;
    private final BooleanBinding hasNextVisits;

    public AppointmentCardViewModel(SheetOutput output, Clock clock, ReadOnlyObjectProperty<ClientCard> card) {
        this.output = output;
        this.clock = clock;
        this.card = card;
        this.hasNextVisits = Bindings.createBooleanBinding(() -> card.get() != null
                && !AppointmentCard.nextVisits(card.get(), LocalDate.now(clock)).isEmpty(), card);
    }

    public void print() {
        ClientCard shown = card.get();
        if (shown != null) {
            output.print(() -> AppointmentCard.of(shown, LocalDate.now(clock), Locale.getDefault()));
        }
    }

    public void save(Path file) {
        ClientCard shown = card.get();
        if (shown != null) {
            output.save(() -> AppointmentCard.of(shown, LocalDate.now(clock), Locale.getDefault()), file);
        }
    }

    /** Whether she has a visit to come: the card is worth printing. */
    public BooleanBinding hasNextVisits() {
        return hasNextVisits;
    }
}
