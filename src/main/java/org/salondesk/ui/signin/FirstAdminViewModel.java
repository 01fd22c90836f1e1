package org.salondesk.ui.signin;

import java.util.Arrays;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;

/**
 * The form that makes the salon's first admin when nobody can sign in yet (a new salon, or one from before sign-in):
 * a login, a name and the password typed twice. The passwords leave the form with the try, whatever its answer.
 */
public final class FirstAdminViewModel {

    private final FirstAdmin firstAdmin;
    private final BackgroundExecutor background;
    private final StringProperty login = new SimpleStringProperty(this, "login", "admin");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding ready;
    private Consumer<StaffRow> onMade = row -> { };

    public FirstAdminViewModel(FirstAdmin firstAdmin, BackgroundExecutor background) {
        this.firstAdmin = firstAdmin;
        this.background = background;
        ready = Bindings.createBooleanBinding(() -> !login.get().isBlank() && !name.get().isBlank()
                && !password.get().isEmpty() && !repeat.get().isEmpty() && !busy.get(),
                login, name, password, repeat, busy);
    }

    /** Makes the admin and signs in as her; two passwords that differ are said and sent nowhere. */
    public void make() {
        if (!ready.get()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        boolean same = password.get().equals(repeat.get());
        password.set("");
        repeat.set("");
        if (!same) {
            Arrays.fill(secret, '\0');
            error.set(Messages.get("firstAdmin.mismatch"));
            return;
        }
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
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
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
