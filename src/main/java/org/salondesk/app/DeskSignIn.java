package org.salondesk.app;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

import org.salondesk.SalonDesk;
import org.salondesk.staff.DeskRules;
import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ViewPreferences;
import org.salondesk.ui.shell.DeskLock;
import org.salondesk.ui.shell.ShellView;
import org.salondesk.ui.signin.DeskSession;
import org.salondesk.ui.signin.FirstAdminView;
import org.salondesk.ui.signin.FirstAdminViewModel;
import org.salondesk.ui.signin.SignInView;
import org.salondesk.ui.signin.SignInViewModel;
import org.salondesk.ui.signin.SignedInView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's sign-in: the form over the screens until someone signs in (the demo salon's admin is signed in
 * already), Switch user on Ctrl+L, and the lock after the idle minutes. Who signs in decides what the screens show.
 */
final class DeskSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(DeskSignIn.class);

    /** The desk locks itself after this long without a key or the mouse, until it has read the salon's rule. */
    static final java.time.Duration IDLE_LIMIT = java.time.Duration.ofMinutes(DeskRules.DEFAULT_IDLE_LOCK_MINUTES);
    /** How often the desk looks whether the idle time is up. */
    private static final Duration IDLE_CHECK_EVERY = Duration.seconds(20);

    private final DeskSession session;
    private final FirstAdminViewModel firstAdmin;
    private final SalonDesk desk;
    private final BackgroundExecutor background;
    private final DialogsBehindLock dialogs = new DialogsBehindLock();
    // Held here, listened to weakly: the list of windows outlives an app that stops (in tests).
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watchTouches);
        }
    };
    /** Who was signed in when the desk locked: her kept dialogs come back only to her. */
    private StaffRow lockedOn;
    private boolean firstAdminWanted;
    private SignInView form;
    private StackPane forms;

    DeskSignIn(SalonDesk desk, BackgroundExecutor background, ViewPreferences preferences, Clock clock) {
        SignInViewModel form = new SignInViewModel(desk::signIn, background, preferences);
        this.session = new DeskSession(new DeskLock(clock, IDLE_LIMIT), form);
        this.firstAdmin = new FirstAdminViewModel(desk::makeFirstAdmin, background);
        this.desk = desk;
        this.background = background;
    }

    /**
     * Covers {@code view}'s screens with the sign-in form unless {@code signedIn} (the demo admin) is there already,
     * whom {@code atStart} hears before the screens start; {@code onUser} hears each user who signs in later. With
     * {@code firstAdminWanted} (nobody can sign in yet) the form that makes the salon's admin comes first.
     */
    void install(ShellView view, Optional<StaffRow> signedIn, boolean firstAdminWanted, Consumer<StaffRow> atStart,
                 Consumer<StaffRow> onUser) {
        signedIn.ifPresent(user -> {
            session.signedIn(user);
            atStart.accept(user);
        });
        session.setOnUserChanged(user -> {
            readIdleMinutes();
            onUser.accept(user);
        });
        readIdleMinutes();
        this.firstAdminWanted = firstAdminWanted;
        view.lockWith(this::forms, session.lock().lockedProperty());
        view.addStatusItem(new SignedInView(session));
        session.lock().lockedProperty().addListener((obs, was, locked) -> {
            if (locked) {
                lockedOn = session.userProperty().get();
                dialogs.locked(view.getScene().getWindow());
                forms();
                form.focusFirstEmpty();
                if (lockedOn != null) {
                    long away = lockedOn.id();
                    presence(() -> desk.notifications().away(away));
                }
            } else {
                StaffRow now = session.userProperty().get();
                dialogs.opened(lockedOn != null && now != null && lockedOn.id() == now.id());
                lockedOn = null;
            }
        });
        Scene scene = view.getScene();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                session::switchUser);
        // Work in a dialog counts as much as work in the window: every window of the app is watched.
        Window.getWindows().forEach(this::watchTouches);
        Window.getWindows().addListener(new WeakListChangeListener<>(newWindows));
        Timeline idle = new Timeline(new KeyFrame(IDLE_CHECK_EVERY, event -> {
            session.lock().tick();
            if (!session.lock().lockedProperty().get()) {
                presence(() -> desk.notifications().here());
            }
        }));
        idle.setCycleCount(Animation.INDEFINITE);
        idle.play();
    }

    /**
     * The forms the lock shows, built the first time the desk locks: a desk that starts signed in (the demo salon)
     * builds and styles none of them before its calendar shows.
     */
    private Node forms() {
        if (forms == null) {
            form = new SignInView(session.form());
            forms = new StackPane(form);
            if (firstAdminWanted) {
                forms.getChildren().setAll(new FirstAdminView(firstAdmin));
                firstAdmin.setOnMade(admin -> {
                    forms.getChildren().setAll(form);
                    session.form().loginProperty().set(admin.login());
                    session.signedIn(admin);
                });
            }
        }
        return forms;
    }

    /** The salon's idle minutes, read at start and at each sign-in of another user (Settings may have changed them). */
    private void readIdleMinutes() {
        background.run(() -> desk.deskRules().read().idleLockMinutes(), this::idleMinutesChanged,
                failure -> LOG.warn("Could not read the idle minutes of the desks", failure));
    }

    /** This desk locks itself after {@code minutes} idle minutes from now on (0: never). */
    void idleMinutesChanged(int minutes) {
        session.lock().setIdleLimit(java.time.Duration.ofMinutes(minutes));
    }

    /**
     * Tells the other desks whether the signed-in user is here (she sees her notifications) or gone (they go to her task
     * list too): again at every idle check while the desk is open, once when it locks.
     */
    private void presence(Runnable write) {
        background.run(() -> {
            write.run();
            return null;
        }, done -> { }, failure -> LOG.warn("Could not say who is at the desk", failure));
    }

    private void watchTouches(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, this::touched);
        window.addEventFilter(MouseEvent.MOUSE_MOVED, this::touched);
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, this::touched);
    }

    private void touched(Event event) {
        session.lock().touched();
    }

    DeskSession session() {
        return session;
    }
}
