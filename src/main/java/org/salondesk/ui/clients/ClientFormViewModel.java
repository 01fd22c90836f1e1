package org.salondesk.ui.clients;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.SalonDeskException;
import org.salondesk.client.ClientCard;
import org.salondesk.client.ClientForm;
import org.salondesk.client.ClientTags;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;

/**
 * The form of a new client or of the one chosen: name, surname, phone, email, note, tags. Every field is checked as
 * the client service will check it, and marked once it is left or Save pressed; Save stays disabled while a mark shows.
 */
public final class ClientFormViewModel {

    static final long NEW = 0;

    private final LongProperty clientId = new SimpleLongProperty(this, "clientId", NEW);
    // A child booked under a parent's phone has none of her own.
    private final BooleanProperty phoneOptional = new SimpleBooleanProperty(this, "phoneOptional", false);
    private final FormField name = FormField.required("field.name", ClientForm.NAME);
    private final FormField surname = FormField.optional(ClientForm.SURNAME);
    private final FormField phone = new FormField("", this::phoneProblem, phoneOptional);
    private final FormField email = new FormField("", ClientFormViewModel::emailProblem);
    private final FormField note = FormField.optional(ClientForm.NOTE);
    private final FormField tags = new FormField("", typed -> ClientForm.TAGS.problem(ClientTags.tidy(typed)));
    private final FormFields fields = new FormFields(name, surname, phone, email, note, tags);

    /** The same reading of the phone as the client service's (and the booking dialog's), so they never disagree. */
    private String phoneProblem(String typed) {
        if (typed.isBlank() && phoneOptional.get()) {
            return "";
        }
        try {
            PhoneNumbers.normalize(typed);
            return "";
        } catch (SalonDeskException invalid) {
            return invalid.getMessage();
        }
    }

    private static String emailProblem(String typed) {
        if (typed.isBlank()) {
            return "";
        }
        String tooLong = ClientForm.EMAIL_LIMIT.problem(typed);
        return !tooLong.isEmpty() ? tooLong : ClientForm.isEmail(typed) ? ""
                : Messages.get("error.client.email", typed.strip());
    }

    void startNew(String typedPhone) {
        phoneOptional.set(false);
        clientId.set(NEW);
        name.show("");
        surname.show("");
        phone.show(typedPhone);
        email.show("");
        note.show("");
        tags.show("");
    }

    void edit(ClientCard card) {
        phoneOptional.set(card.client().linkedToId() != null);
        name.show(card.client().name());
        surname.show(card.client().surname());
        phone.show(card.client().phone() == null ? "" : PhoneNumbers.display(card.client().phone()));
        email.show(card.client().email());
        note.show(card.note());
        tags.show(card.client().tags());
        clientId.set(card.client().id());
    }

    ClientForm form() {
        return new ClientForm(name.text(), surname.text(), phone.text(), email.text(), note.text(), tags.text());
    }

    /** Save was pressed: every problem is marked; answers whether the client can be saved. */
    boolean showProblems() {
        return fields.showProblems();
    }

    public boolean isNew() {
        return clientId.get() == NEW;
    }

    public LongProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty nameProperty() {
        return name.textProperty();
    }

    public StringProperty surnameProperty() {
        return surname.textProperty();
    }

    public StringProperty phoneProperty() {
        return phone.textProperty();
    }

    public StringProperty emailProperty() {
        return email.textProperty();
    }

    public StringProperty noteProperty() {
        return note.textProperty();
    }

    public StringProperty tagsProperty() {
        return tags.textProperty();
    }

    public FormField name() {
        return name;
    }

    public FormField surname() {
        return surname;
    }

    public FormField phone() {
        return phone;
    }

    public FormField email() {
        return email;
    }

    public FormField note() {
        return note;
    }

    public FormField tags() {
        return tags;
    }

    public StringBinding nameProblem() {
        return name.problem();
    }

    public StringBinding phoneProblem() {
        return phone.problem();
    }

    /** Everything typed can be saved. */
    public BooleanBinding validProperty() {
        return fields.valid();
    }

    /** A problem is marked on screen: Save is disabled until it is fixed. */
    public BooleanBinding markedProperty() {
        return fields.marked();
    }
}
