package org.salondesk.ui.catalog;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.value.ObservableBooleanValue;

import org.salondesk.ui.common.UnsavedEdits;

/**
 * The catalogue screen's forms as one {@link UnsavedEdits}: dirty when any form holds edits, saved one form after the
 * other, each by its own Save.
 */
final class FormsOnScreen implements UnsavedEdits {

    /** One form of the screen: whether it changed, whether it is valid, how it is saved and put back. */
    record Form(BooleanSupplier changed, ObservableBooleanValue valid, Consumer<Runnable> save, Runnable restore) {
    }

    private final List<Form> forms;

    FormsOnScreen(List<Form> forms) {
        this.forms = List.copyOf(forms);
    }

    @Override
    public boolean dirty() {
        return !changed().isEmpty();
    }

    /** Every form with edits can be saved as it is. */
    @Override
    public boolean canSave() {
        return changed().stream().allMatch(form -> form.valid().get());
    }

    /** Saves each form with edits, one after the other; {@code then} runs once all are saved. */
    @Override
    public void save(Runnable then) {
        if (canSave()) {
            saveInTurn(changed(), then);
        }
    }

    @Override
    public void discard() {
        changed().forEach(form -> form.restore().run());
    }

    private void saveInTurn(List<Form> toSave, Runnable then) {
        if (toSave.isEmpty()) {
            then.run();
        } else {
            toSave.get(0).save().accept(() -> saveInTurn(toSave.subList(1, toSave.size()), then));
        }
    }

    private List<Form> changed() {
        return forms.stream().filter(form -> form.changed().getAsBoolean()).toList();
    }
}
