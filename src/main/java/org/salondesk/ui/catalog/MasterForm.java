package org.salondesk.ui.catalog;

import java.math.BigDecimal;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.catalog.JobTitleRow;
import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.PayRates;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.NumberText;

/** The form of a master: name, information, job title and photo (PNG or JPEG bytes). */
public final class MasterForm {

    private final LongProperty id = new SimpleLongProperty(this, "id", 0);
    private final FormField name = FormField.required("field.name", MasterRow.NAME);
    private final FormField information = FormField.optional(MasterRow.INFORMATION);
    private final FormField dailyRate = FormField.number(PayRates.DAILY_RATE, true);
    private final FormFields fields = new FormFields(name, information, dailyRate);
    private final ObjectProperty<JobTitleRow> jobTitle = new SimpleObjectProperty<>(this, "jobTitle");
    private final ObjectProperty<byte[]> photo = new SimpleObjectProperty<>(this, "photo");
    private final StringBinding photoProblem = Bindings.createStringBinding(() -> photo.get() != null
            && photo.get().length > MasterRow.MAX_PHOTO_BYTES ? Messages.get("error.photo.tooLarge",
            MasterRow.MAX_PHOTO_BYTES / 1024 / 1024) : "", photo);
    private final BooleanBinding valid = fields.valid().and(photoProblem.isEmpty());
    private final BooleanBinding marked = fields.marked().or(photoProblem.isNotEmpty());
    private boolean photoChanged;
    private final EditBaseline asShown = new EditBaseline(name.textProperty(), information.textProperty(),
            jobTitle, photo, dailyRate.textProperty());

    public MasterForm() {
        asShown.mark();
    }

    public void edit(MasterRow master, JobTitleRow itsJobTitle) {
        id.set(master.id());
        name.show(master.name());
        information.show(master.information());
        jobTitle.set(itsJobTitle);
        photo.set(master.photo());
        photoChanged = false;
        dailyRate.show("");
        asShown.mark();
    }

    /** Shows the master's daily rate once it is read. */
    public void showDailyRate(Optional<BigDecimal> rate) {
        dailyRate.show(rate.map(NumberText.desk()::format).orElse(""));
        asShown.mark();
    }

    /** The daily rate typed, or null for none. */
    BigDecimal dailyRateValue() {
        return dailyRate.text().isBlank() ? null : NumberText.desk().parse(dailyRate.text());
    }

    public FormField dailyRate() {
        return dailyRate;
    }

    public void clear() {
        id.set(0);
        name.show("");
        information.show("");
        jobTitle.set(null);
        photo.set(null);
        photoChanged = false;
        dailyRate.show("");
        asShown.mark();
    }

    /** A new photo chosen by the admin (null removes it). */
    public void choosePhoto(byte[] bytes) {
        photo.set(bytes);
        photoChanged = true;
    }

    /** Whether the user changed the form since it was filled or emptied. */
    boolean changed() {
        return asShown.changed();
    }

    /** Puts back what the form showed when it was filled or emptied. */
    void restore() {
        asShown.restore();
        photoChanged = false;
    }

    boolean photoChanged() {
        return photoChanged;
    }

    boolean isNew() {
        return id.get() == 0;
    }

    long id() {
        return id.get();
    }

    /** Save was pressed: marks every problem; answers whether the master can be saved. */
    boolean showProblems() {
        return fields.showProblems() && photoProblem.get().isEmpty();
    }

    public LongProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name.textProperty();
    }

    public StringProperty informationProperty() {
        return information.textProperty();
    }

    public FormField name() {
        return name;
    }

    public FormField information() {
        return information;
    }

    public ObjectProperty<JobTitleRow> jobTitleProperty() {
        return jobTitle;
    }

    public ObjectProperty<byte[]> photoProperty() {
        return photo;
    }

    public StringBinding nameProblem() {
        return name.problem();
    }

    /** Checked here, before Save, so that a new master is never written without the photo that was refused. */
    public StringBinding photoProblem() {
        return photoProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** A problem is marked on screen (the photo's at once): Save is disabled until it is fixed. */
    public BooleanBinding markedProperty() {
        return marked;
    }
}
