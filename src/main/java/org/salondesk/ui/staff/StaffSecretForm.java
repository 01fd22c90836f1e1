package org.salondesk.ui.staff;

import java.util.Arrays;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.PasswordTwice;

/**
 * The chosen staff user's new password or PIN, typed twice: how the admin gives each one hers. What was typed leaves
 * the form with the try, whatever its answer, and is sent as characters that are wiped once hashed.
 */
public final class StaffSecretForm {

    /** Gives a staff user her new secret (her password, or her PIN). */
    @FunctionalInterface
    interface Setter {
        void set(long staffUserId, char[] secret);
    }

    private final Setter setter;
    private final String doneKey;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final ObjectProperty<StaffRow> user = new SimpleObjectProperty<>(this, "user");
    private final PasswordTwice password = new PasswordTwice();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding ready = user.isNotNull().and(password.typedProperty());

    /** {@code doneKey} words what was done, with the user's name. */
    StaffSecretForm(Setter setter, String doneKey, BackgroundExecutor background, NoticeBoard notices) {
        this.setter = setter;
        this.doneKey = doneKey;
        this.background = background;
        this.notices = notices;
        user.addListener((obs, old, now) -> {
            password.clear();
            error.set("");
        });
    }

    /** Gives the chosen user what was typed; two that differ are said and sent nowhere. */
    public void set() {
        StaffRow row = user.get();
        if (!ready.get()) {
            return;
        }
        Optional<char[]> typed = password.take(error::set);
        if (typed.isEmpty()) {
            return;
        }
        char[] secret = typed.get();
        background.run(() -> {
            setter.set(row.id(), secret);
            return row;
        }, done -> {
            error.set("");
            notices.post(Notice.info(Messages.get(doneKey, row.displayName())));
        }, failure -> {
            Arrays.fill(secret, '\0');
            error.set(ErrorText.of(failure));
        });
    }

    ObjectProperty<StaffRow> userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password.passwordProperty();
    }

    public StringProperty repeatProperty() {
        return password.repeatProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding readyProperty() {
        return ready;
    }
}
