package org.salondesk.ui.signin;

import java.util.Arrays;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.ViewPreferences;

/**
 * The sign-in form: a login (the last one used on this PC is filled in) and a password. The password is checked on a
 * background thread (a check takes a few hundred milliseconds on purpose) and leaves the form at once, whatever the
 * answer, so it is never kept in a field longer than the check.
 */
public final class SignInViewModel {

    /** Where this PC keeps the last login signed in with. */
    static final String LAST_LOGIN = "signIn.lastLogin";

    private final SignIn signIn;
    private final BackgroundExecutor background;
    private final ViewPreferences preferences;
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding ready;
    private Consumer<StaffRow> onSignedIn = row -> { };

    public SignInViewModel(SignIn signIn, BackgroundExecutor background, ViewPreferences preferences) {
        this.signIn = signIn;
        this.background = background;
        this.preferences = preferences;
        login.set(preferences.get(LAST_LOGIN, ""));
        ready = Bindings.createBooleanBinding(() -> !login.get().isBlank() && !password.get().isEmpty()
                && !busy.get(), login, password, busy);
        // What was said about the last try goes once the user types again.
        login.addListener((obs, old, text) -> error.set(""));
        password.addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                error.set("");
            }
        });
    }

    /** Checks the login and password; on success the desk works as that user and {@code onSignedIn} hears who. */
    public void signIn() {
        if (!ready.get()) {
            return;
        }
        String who = login.get().strip();
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        background.run(() -> {
            try {
                return signIn.signIn(who, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, row -> {
            busy.set(false);
            preferences.put(LAST_LOGIN, who);
            onSignedIn.accept(row);
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure));
        });
    }

    /** Forgets what was typed but the login (the window is locked again, or another user signs in). */
    public void clear() {
        password.set("");
        error.set("");
    }

    public void setOnSignedIn(Consumer<StaffRow> onSignedIn) {
        this.onSignedIn = onSignedIn;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A login and a password are typed and no check is running. */
    public BooleanBinding readyProperty() {
        return ready;
    }
}
