package org.salondesk.ui.signin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.i18n.Languages;
import org.salondesk.i18n.Languages.Language;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.ViewPreferences;

/**
 * The sign-in form: a login (the last one used on this PC is filled in), a password, and the language of this PC. The password is checked on a
 * background thread (a check takes a few hundred milliseconds on purpose) and leaves the form at once, whatever the
 * answer, so it is never kept in a field longer than the check.
 */
public final class SignInViewModel {

    /** Where this PC keeps the last login signed in with. */
    static final String LAST_LOGIN = "signIn.lastLogin";
    /** Where this PC keeps the language chosen on the form (the desk speaks it from its next start). */
    public static final String LANGUAGE = "desk.language";

    private final SignIn signIn;
    private final BackgroundExecutor background;
    private final ViewPreferences preferences;
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding ready;
    private final Language speaking;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyStringWrapper languageNote = new ReadOnlyStringWrapper(this, "languageNote", "");
    private Consumer<StaffRow> onSignedIn = row -> { };

    public SignInViewModel(SignIn signIn, BackgroundExecutor background, ViewPreferences preferences) {
        this.signIn = signIn;
        this.background = background;
        this.preferences = preferences;
        login.set(preferences.get(LAST_LOGIN, ""));
        speaking = Languages.of(Locale.getDefault());
        language.set(speaking);
        language.addListener((obs, old, chosen) -> languageChosen(chosen));
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

    /**
     * Keeps the language chosen for this PC; the desk speaks it from its next start (its screens are built in the
     * language it started with), and the form says so in the language chosen.
     */
    private void languageChosen(Language chosen) {
        if (chosen == null) {
            return;
        }
        preferences.put(LANGUAGE, chosen.tag());
        languageNote.set(chosen.equals(speaking) ? "" : Messages.format(chosen.locale(), "signIn.languageNext"));
    }

    /** The languages offered, each named in itself. */
    public List<Language> languages() {
        return Languages.OFFERED;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** Empty, or when another language is chosen: from when the desk speaks it. */
    public ReadOnlyStringProperty languageNoteProperty() {
        return languageNote.getReadOnlyProperty();
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
