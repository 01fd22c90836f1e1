package org.salondesk.ui.signin;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.salondesk.staff.StaffRow;
import org.salondesk.ui.shell.DeskLock;

/**
 * Who works the window now: the lock and the sign-in form over the screens, and the staff user signed in. Signing in
 * opens the lock; Switch user and the idle minutes close it, and the next one to sign in may be someone else, whose
 * role then decides what the screens show.
 */
public final class DeskSession {

    private final DeskLock lock;
    private final SignInViewModel form;
    private final ReadOnlyObjectWrapper<StaffRow> user = new ReadOnlyObjectWrapper<>(this, "user");
    private Consumer<StaffRow> onUserChanged = row -> { };

    public DeskSession(DeskLock lock, SignInViewModel form) {
        this.lock = lock;
        this.form = form;
        form.setOnSignedIn(this::signedIn);
    }

    /** Someone signed in (in the form, or the demo salon's admin at start). */
    public void signedIn(StaffRow row) {
        StaffRow before = user.get();
        user.set(row);
        lock.unlock();
        if (before == null || before.id() != row.id()) {
            onUserChanged.accept(row);
        }
    }

    /** Switch user (Ctrl+L): the sign-in form covers the screens at once. */
    public void switchUser() {
        form.clear();
        lock.lock();
    }

    /** Another user signed in (or the first one): the screens follow her role. */
    public void setOnUserChanged(Consumer<StaffRow> onUserChanged) {
        this.onUserChanged = onUserChanged;
    }

    public ReadOnlyObjectProperty<StaffRow> userProperty() {
        return user.getReadOnlyProperty();
    }

    public DeskLock lock() {
        return lock;
    }

    public SignInViewModel form() {
        return form;
    }
}
