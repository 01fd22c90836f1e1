package org.salondesk.ui.clients;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.client.ClientImport;
import org.salondesk.client.ImportPreview;
import org.salondesk.client.ImportRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;

/**
 * Importing clients from a CSV file: its rows with what is wrong in each, then the good ones written with a progress
 * bar (-1 while idle); and exporting all clients.
 */
public final class ClientImportViewModel {

    private final ClientImport files;
    private final BackgroundExecutor background;
    private final Runnable onImported;
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanBinding canImport = Bindings.createBooleanBinding(() -> preview.get() != null
            && !preview.get().goodRows().isEmpty() && progress.get() < 0, preview, progress);

    ClientImportViewModel(ClientImport files, BackgroundExecutor background, Runnable onImported) {
        this.files = files;
        this.background = background;
        this.onImported = onImported;
    }

    /** Reads and checks the file; nothing is written yet. */
    public void preview(Path file) {
        summary.set("");
        background.run(() -> {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return files.preview(reader);
            } catch (IOException e) {
                throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, e, "error.import.unreadable", e.getMessage());
            }
        }, found -> {
            preview.set(found);
            rows.setAll(found.rows());
            summary.set(Messages.get("clients.import.preview", found.goodRows().size(), found.problemCount()));
        }, failure -> {
            preview.set(null);
            rows.clear();
            summary.set(ErrorText.of(failure));
        });
    }

    /** Writes the good rows in one transaction, the bar following. */
    public void run() {
        ImportPreview chosen = preview.get();
        if (!canImport.get()) {
            return;
        }
        int total = chosen.goodRows().size();
        progress.set(0);
        background.run(() -> files.run(chosen, written -> background.onUiThread(() ->
                progress.set((double) written / total))), created -> {
            progress.set(-1);
            preview.set(null);
            rows.clear();
            summary.set(Messages.get("clients.import.done", created));
            onImported.run();
        }, failure -> {
            progress.set(-1);
            summary.set(ErrorText.of(failure));
        });
    }

    /** Writes every client to {@code file}; the summary says how many. */
    public void export(Path file) {
        progress.set(0);
        background.run(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return files.export(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, written -> {
            progress.set(-1);
            summary.set(Messages.get("clients.export.done", written, file.getFileName().toString()));
        }, failure -> {
            progress.set(-1);
            summary.set(ErrorText.of(failure));
        });
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    /** 0 to 1 while writing, -1 otherwise. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
