package org.salondesk.ui.clients;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ClientService;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * The clients list: what the search finds, read a page at a time in the background as the desk types; a slower
 * earlier answer never overwrites a later one, and a page read again unchanged is left alone.
 */
final class ClientSearchList {

    private final ClientService clients;
    private final BackgroundExecutor background;
    /** Gets each page read (to keep the selection on it); failures go to {@code failed}. */
    private final Consumer<List<ClientRow>> shown;
    private final Consumer<Throwable> failed;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<ClientRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final LongProperty total = new SimpleLongProperty(this, "total", 0);
    private final StringBinding pageText = Bindings.createStringBinding(() -> Messages.get("clients.page",
            page.get() + 1, Math.max(1, (total.get() + ClientsViewModel.PAGE_SIZE - 1) / ClientsViewModel.PAGE_SIZE),
            total.get()), page, total);
    private long searchRequest;

    ClientSearchList(ClientService clients, BackgroundExecutor background, Consumer<List<ClientRow>> shown,
                     Consumer<Throwable> failed) {
        this.clients = clients;
        this.background = background;
        this.shown = shown;
        this.failed = failed;
        search.addListener((obs, old, text) -> {
            page.set(0);
            reload();
        });
        page.addListener((obs, old, now) -> reload());
    }

    /** Reads the current page of what the search finds. */
    void reload() {
        long request = ++searchRequest;
        String text = search.get();
        int offset = page.get() * ClientsViewModel.PAGE_SIZE;
        background.run(() -> new Page(clients.search(text, offset, ClientsViewModel.PAGE_SIZE), clients.count(text)),
                found -> {
                    if (request != searchRequest) {
                        return;
                    }
                    if (!rows.equals(found.rows())) {
                        rows.setAll(found.rows());
                    }
                    total.set(found.total());
                    shown.accept(rows);
                }, failed);
    }

    private record Page(List<ClientRow> rows, long total) {
    }

    void nextPage() {
        if ((page.get() + 1L) * ClientsViewModel.PAGE_SIZE < total.get()) {
            page.set(page.get() + 1);
        }
    }

    void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    StringProperty searchProperty() {
        return search;
    }

    ObservableList<ClientRow> rows() {
        return rows;
    }

    IntegerProperty pageProperty() {
        return page;
    }

    StringBinding pageText() {
        return pageText;
    }
}
