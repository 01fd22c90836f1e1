package org.salondesk.ui.backups;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.salondesk.i18n.Messages;

/**
 * Asks the user for a folder. The desk uses the OS's folder chooser; a headless test, which cannot drive that native
 * dialog, hands in the folder it would have chosen.
 */
@FunctionalInterface
public interface FolderPicker {

    /** The folder chosen, or empty when the user cancelled; {@code start} is where the chooser opens, if any. */
    Optional<Path> pick(Window owner, Path start);

    /** The OS's folder chooser. */
    static FolderPicker directoryChooser() {
        return (owner, start) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("backups.second.chooserTitle"));
            if (start != null && start.toFile().isDirectory()) {
                chooser.setInitialDirectory(start.toFile());
            }
            File chosen = chooser.showDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
