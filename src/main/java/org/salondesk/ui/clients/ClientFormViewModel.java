package org.salondesk.ui.clients;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.SalonDeskException;
import org.salondesk.client.ClientCard;
import org.salondesk.client.ClientForm;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;

/** The form of a new client or of the one chosen: name, surname, phone, email, note, tags; valid before Save. */
public final class ClientFormViewModel {

    static final long NEW = 0;

    private final LongProperty clientId = new SimpleLongProperty(this, "clientId", NEW);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty surname = new SimpleStringProperty(this, "surname", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private boolean phoneOptional;
    private final StringBinding nameProblem = Bindings.createStringBinding(() -> name.get().isBlank()
            ? Messages.get("error.required", Messages.get("field.name")) : "", name);
    private final StringBinding phoneProblem = Bindings.createStringBinding(() -> {
        if (phone.get().isBlank() && phoneOptional) {
            return "";
        }
        try {
            PhoneNumbers.normalize(phone.get());
            return "";
        } catch (SalonDeskException invalid) {
            return invalid.getMessage();
        }
    }, phone, clientId);
    private final BooleanBinding valid = nameProblem.isEmpty().and(phoneProblem.isEmpty());

    void startNew(String typedPhone) {
        phoneOptional = false;
        clientId.set(NEW);
        name.set("");
        surname.set("");
        phone.set(typedPhone == null ? "" : typedPhone);
        email.set("");
        note.set("");
        tags.set("");
    }

    void edit(ClientCard card) {
        phoneOptional = card.client().linkedToId() != null;
        name.set(card.client().name());
        surname.set(text(card.client().surname()));
        phone.set(card.client().phone() == null ? "" : PhoneNumbers.display(card.client().phone()));
        email.set(text(card.client().email()));
        note.set(text(card.note()));
        tags.set(text(card.client().tags()));
        clientId.set(card.client().id());
    }

    ClientForm form() {
        return new ClientForm(name.get(), surname.get(), phone.get(), email.get(), note.get(), tags.get());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public boolean isNew() {
        return clientId.get() == NEW;
    }

    public LongProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty surnameProperty() {
        return surname;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringBinding nameProblem() {
        return nameProblem;
    }

    public StringBinding phoneProblem() {
        return phoneProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
