package org.salondesk.ui.signin;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.PasswordTwice;

/**
 * The form that makes the salon's first admin when nobody can sign in yet (a new salon, or one from before sign-in):
 * a login, a name and the password typed twice. The passwords leave the form with the try, whatever its answer.
 */
public final class FirstAdminViewModel {

    private final FirstAdmin firstAdmin;
    private final BackgroundExecutor background;
    private final StringProperty login = new SimpleStringProperty(this, "login", "admin");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final PasswordTwice password = new PasswordTwice();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding ready;
    private Consumer<StaffRow> onMade = row -> { };

    public FirstAdminViewModel(FirstAdmin firstAdmin, BackgroundExecutor background) {
        this.firstAdmin = firstAdmin;
        this.background = background;
        ready = Bindings.createBooleanBinding(() -> !login.get().isBlank() && !name.get().isBlank()
                && password.typedProperty().get() && !busy.get(), login, name, password.typedProperty(), busy);
    }

    /** Makes the admin and signs in as her; two passwords that differ are said and sent nowhere. */
    public void make() {
        if (!ready.get()) {
            return;
        }
        Optional<char[]> typed = password.take(error::set);
        if (typed.isEmpty()) {
            return;
        }
        char[] secret = typed.get();
        String who = login.get().strip();
        String called = name.get().strip();
        busy.set(true);
        error.set("");
        background.run(() -> {
            try {
                return firstAdmin.make(who, called, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, row -> {
            busy.set(false);
            onMade.accept(row);
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure));
        });
    }

    public void setOnMade(Consumer<StaffRow> onMade) {
        this.onMade = onMade;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passwordProperty() {
        return password.passwordProperty();
    }

    public StringProperty repeatProperty() {
        return password.repeatProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding readyProperty() {
        return ready;
    }
}
