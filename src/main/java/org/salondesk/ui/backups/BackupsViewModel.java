package org.salondesk.ui.backups;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.backup.BackupOutcome;
import org.salondesk.backup.BackupProgress;
import org.salondesk.backup.BackupService;
import org.salondesk.backup.CheckedCopy;
import org.salondesk.backup.RestoreOutcome;
import org.salondesk.backup.SecondCopy;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.DesktopActions;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings → Backups: "Back up now" with its progress, the copies with what their checks found, the second folder
 * that receives a copy too, and Restore (the copy is checked first, the user confirms, the database as it is goes
 * aside, the copy comes back and the desk's screens read it). Also watches for restores made at other desks on the
 * same file, so that this desk says so and reads its screens again instead of showing errors. On PostgreSQL it shows
 * the server's pg_dump command instead.
 */
public final class BackupsViewModel {

    /** Where this PC remembers the second folder (in the data folder's preferences). */
    public static final String SECOND_FOLDER = "backups.secondFolder";

    private static final Logger LOG = LoggerFactory.getLogger(BackupsViewModel.class);

    private final BackupService backups;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final ViewPreferences preferences;
    private final DesktopActions desktop;

    private final ObservableList<BackupRow> copies = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper(this, "folder", "");
    private final ReadOnlyStringWrapper secondFolder = new ReadOnlyStringWrapper(this, "secondFolder", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<String> restoreQuestion = new ReadOnlyObjectWrapper<>(this, "restoreQuestion");
    private final ReadOnlyStringWrapper dumpCommand = new ReadOnlyStringWrapper(this, "dumpCommand", "");
    private final ReadOnlyStringWrapper restoreCommand = new ReadOnlyStringWrapper(this, "restoreCommand", "");
    private final BackupService.Support support;
    private final BooleanBinding canBackUp;
    private final BooleanBinding canRestore;

    private Runnable onRestored = () -> { };
    private Consumer<String> onNews = text -> { };
    private CheckedCopy pending;
    private final RestoreWatch restores;

    public BackupsViewModel(BackupService backups, BackgroundExecutor background, NoticeBoard notices,
                            ViewPreferences preferences, DesktopActions desktop) {
        this.backups = backups;
        this.background = background;
        this.notices = notices;
        this.preferences = preferences;
        this.desktop = desktop;
        this.support = backups.support();
        boolean onFile = support == BackupService.Support.FILE;
        canBackUp = Bindings.createBooleanBinding(() -> onFile && !busy.get() && restoreQuestion.get() == null,
                busy, restoreQuestion);
        canRestore = Bindings.createBooleanBinding(() -> canBackUp.get() && selected.get() != null
                && !selected.get().failed(), canBackUp, selected);
        folder.set(backups.folder().map(path -> Messages.get("backups.folder", path)).orElse(""));
        secondFolder.set(secondFolderPath().map(Path::toString).orElse(""));
        backups.serverCommand().ifPresent(command -> {
            dumpCommand.set(command.dump());
            restoreCommand.set(command.restore());
        });
        restores = new RestoreWatch(backups, background, busy::get, text -> onNews.accept(text), () -> {
            onRestored.run();
            start();
        });
    }

    /** What to do once a restore is done here or at another desk: read every screen again. */
    public void setOnRestored(Runnable onRestored) {
        this.onRestored = onRestored;
    }

    /** Where to say what concerns the whole desk (another desk restored; today's copy did not reach the stick). */
    public void setOnNews(Consumer<String> onNews) {
        this.onNews = onNews;
    }

    /** Reads the list of copies (opening, once, any copy nobody has checked yet). */
    public void start() {
        if (support != BackupService.Support.FILE) {
            return;
        }
        Optional<Path> second = secondFolderPath();
        background.run(() -> backups.copies(second), found -> {
            BackupRow keep = selected.get();
            copies.setAll(found.stream().map(BackupTexts::row).toList());
            selected.set(keep == null ? null : copies.stream()
                    .filter(row -> row.copy().file().equals(keep.copy().file())).findFirst().orElse(null));
        }, this::fail);
    }

    /** "Back up now": a copy on this PC and in the second folder, each checked; the list then shows them. */
    public void backUpNow() {
        if (!canBackUp.get()) {
            return;
        }
        Optional<Path> second = secondFolderPath();
        working();
        background.run(() -> backups.backUpNow(second, progressOnScreen()), outcome -> {
            done();
            notices.post(outcome.copy().check().failed()
                    ? Notice.error(Messages.get("backups.madeFailed", BackupService.problem(outcome.copy().check())))
                    : Notice.info(Messages.get("backups.made", outcome.copy().check().bookings())
                    + BackupTexts.secondSentence(outcome.second())));
            start();
        }, this::failAndReload);
    }

    /**
     * The copy a day at start-up (see {@link BackupService#daily}). Only trouble is told, and to the whole desk: a
     * copy that does not open, or a second folder that could not take its copy.
     */
    public void dailyCopy() {
        if (support != BackupService.Support.FILE) {
            return;
        }
        Optional<Path> second = secondFolderPath();
        background.run(() -> backups.daily(second), made -> made.ifPresent(this::tellAboutDaily),
                failure -> {
                    LOG.warn("The daily backup failed", failure);
                    onNews.accept(Messages.get("backups.dailyFailed"));
                });
    }

    private void tellAboutDaily(BackupOutcome outcome) {
        if (outcome.copy().check().failed()) {
            onNews.accept(Messages.get("backups.dailyBroken", BackupService.problem(outcome.copy().check())));
        } else if (outcome.second().status() == SecondCopy.Status.FAILED) {
            onNews.accept(Messages.get("backups.dailyNotSecond", outcome.second().folder()));
        }
    }

    /** The second folder chosen (with the folder chooser); copies go there too from now on. */
    public void chooseSecondFolder(Path folder) {
        if (folder == null || support != BackupService.Support.FILE) {
            return;
        }
        Path chosen = folder.toAbsolutePath();
        background.run(() -> backups.placeOf(chosen), place -> {
            if (place == BackupService.Place.SAME_FOLDER) {
                notices.post(Notice.error(Messages.get("backups.secondSameFolder")));
                return;
            }
            preferences.put(SECOND_FOLDER, chosen.toString());
            secondFolder.set(chosen.toString());
            notices.post(place == BackupService.Place.SAME_DISK
                    ? Notice.error(Messages.get("backups.secondSameDisk", chosen))
                    : Notice.info(Messages.get("backups.secondChosen", chosen)));
            start();
        }, this::fail);
    }

    /** No second folder any more; the copies already there stay there. */
    public void forgetSecondFolder() {
        preferences.put(SECOND_FOLDER, "");
        secondFolder.set("");
        start();
    }

    private Optional<Path> secondFolderPath() {
        String kept = preferences.get(SECOND_FOLDER);
        return kept == null || kept.isBlank() ? Optional.empty() : Optional.of(Path.of(kept));
    }

    /** Restore, first step: the chosen copy is checked; when it passes, the question asks to go on. */
    public void restore() {
        BackupRow row = selected.get();
        if (!canRestore.get() || row == null) {
            return;
        }
        working();
        background.run(() -> backups.check(row.copy(), progressOnScreen()), checked -> {
            done();
            pending = checked;
            restoreQuestion.set(BackupTexts.question(checked));
        }, this::failAndReload);
    }

    /** Restore, second step: the user's answer to the question. */
    public void answerRestore(boolean restore) {
        CheckedCopy checked = pending;
        pending = null;
        restoreQuestion.set(null);
        if (checked == null) {
            return;
        }
        if (!restore) {
            background.run(() -> {
                checked.close();
                return null;
            }, nothing -> { }, failure -> LOG.warn("Could not clear the checked copy", failure));
            return;
        }
        working();
        background.run(() -> backups.restore(checked, progressOnScreen()), this::restored, this::failAndReload);
    }

    private void restored(RestoreOutcome outcome) {
        done();
        restores.seen(outcome.notice().id());
        notices.post(Notice.info(Messages.get("backups.restored", BackupTexts.made(outcome.restored()),
                outcome.aside().name())));
        onRestored.run();
        start();
    }

    /**
     * Looks whether another desk on the same file is restoring or has restored the database (called every few
     * seconds). While one is under way this desk says so once; when one is done it says from which copy and reads
     * its screens again, so that nobody works on what is no longer there.
     */
    public void watch() {
        if (support == BackupService.Support.FILE) {
            restores.watch();
        }
    }

    /** Copies the server's backup command (the user pastes it into a terminal on the server). */
    public void copyDumpCommand() {
        desktop.copy(dumpCommand.get());
        notices.post(Notice.info(Messages.get("backups.server.copied")));
    }

    private BackupProgress progressOnScreen() {
        return (fraction, text) -> background.onUiThread(() -> {
            progress.set(fraction);
            step.set(text);
        });
    }

    private void working() {
        busy.set(true);
        progress.set(0);
        step.set("");
        error.set("");
    }

    private void done() {
        busy.set(false);
        progress.set(0);
        step.set("");
    }

    private void failAndReload(Throwable failure) {
        done();
        fail(failure);
        // A copy that failed its check is marked so now: the list shows it.
        start();
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    /** What the desk can do with its database: copy it (an H2 file), show the server's command, or nothing. */
    public BackupService.Support support() {
        return support;
    }

    /** The copies, newest first. */
    public ObservableList<BackupRow> copies() {
        return copies;
    }

    /** The copy chosen in the list (to restore). */
    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    /** True while a copy is made, checked or restored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How far the work under way has come, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work under way does now, in the user's words. */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Where the copies on this PC are, in a sentence; empty when the desk makes none. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The second folder's path, empty when none is set. */
    public ReadOnlyStringProperty secondFolderProperty() {
        return secondFolder.getReadOnlyProperty();
    }

    /** Set while the user is asked whether to restore the copy just checked (the View shows the question). */
    public ReadOnlyObjectProperty<String> restoreQuestionProperty() {
        return restoreQuestion.getReadOnlyProperty();
    }

    /** On PostgreSQL: the pg_dump command with the desk's connection (no password); empty elsewhere. */
    public ReadOnlyStringProperty dumpCommandProperty() {
        return dumpCommand.getReadOnlyProperty();
    }

    /** On PostgreSQL: the pg_restore command that puts such a dump back; empty elsewhere. */
    public ReadOnlyStringProperty restoreCommandProperty() {
        return restoreCommand.getReadOnlyProperty();
    }

    public BooleanBinding canBackUpProperty() {
        return canBackUp;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
