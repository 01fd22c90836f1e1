package org.salondesk.ui.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.i18n.Messages;

/**
 * A new password typed twice (the first admin's, or one the admin gives a staff user). It leaves the two fields with
 * the try, whatever they held, so that it is never kept in a field longer than that.
 */
public final class PasswordTwice {

    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final BooleanBinding typed = Bindings.createBooleanBinding(() -> !password.get().isEmpty()
            && !repeat.get().isEmpty(), password, repeat);

    /**
     * The password when both fields hold the same one; when they differ, {@code problem} hears so in the user's words
     * and nothing is returned. Both fields are empty afterwards.
     */
    public Optional<char[]> take(Consumer<String> problem) {
        char[] secret = password.get().toCharArray();
        boolean same = password.get().equals(repeat.get());
        clear();
        if (!same) {
            Arrays.fill(secret, '\0');
            problem.accept(Messages.get("password.mismatch"));
            return Optional.empty();
        }
        return Optional.of(secret);
    }

    public void clear() {
        password.set("");
        repeat.set("");
    }

    /** Both fields hold something. */
    public BooleanBinding typedProperty() {
        return typed;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
