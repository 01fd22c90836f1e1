package org.salondesk.ui.settings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.apikey.ApiKeyRow;
import org.salondesk.apikey.ApiKeys;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.NumberText;

/**
 * The booking server's API keys (Settings, the Online booking tab): the table of keys with their last use and the
 * requests of today, a new key made from a name (shown once, in {@link #newKeyProperty()}, until the dialog closes),
 * and the chosen key revoked once the admin has confirmed.
 */
public final class ApiKeysViewModel {

    /** A key just made: its name and its text, shown once. */
    public record NewKey(String name, String key) {
    }

    private final ApiKeys keys;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Clock clock;
    private final DateTimeFormatter when = Messages.dateTimeFormatter();
    private final NumberText numbers = NumberText.desk();
    private final ObservableList<ApiKeyLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<ApiKeyLine> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final FormField name = FormField.required("fieldName.apiKeyName", ApiKeys.NAME);
    private final BooleanProperty trusted = new SimpleBooleanProperty(this, "trusted");
    private final ReadOnlyObjectWrapper<NewKey> newKey = new ReadOnlyObjectWrapper<>(this, "newKey");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ApiKeysViewModel(ApiKeys keys, BackgroundExecutor background, NoticeBoard notices, Clock clock) {
        this.keys = keys;
        this.background = background;
        this.notices = notices;
        this.clock = clock;
    }

    /** Reads the keys again. */
    public void start() {
        background.run(keys::list, this::show, failure -> error.set(ErrorText.of(failure)));
    }

    /** Makes a key of the name typed; its text is then shown once. */
    public void create() {
        if (!name.isValid()) {
            name.touch();
            return;
        }
        String typed = name.text();
        boolean isTrusted = trusted.get();
        background.run(() -> new NewKey(typed.strip(), keys.create(typed, isTrusted)), made -> {
            name.show("");
            trusted.set(false);
            error.set("");
            newKey.set(made);
            start();
        }, failure -> error.set(ErrorText.of(failure)));
    }

    /** The dialog showing the new key closed: the key is forgotten. */
    public void newKeyShown() {
        newKey.set(null);
    }

    /** The question to confirm before revoking the chosen key; null when none is chosen or it is revoked. */
    public String revokeQuestion() {
        ApiKeyLine line = chosen.get();
        return line == null || line.revoked() ? null : Messages.get("settings.online.revokeConfirm", line.name());
    }

    /** Revokes the chosen key (the admin has confirmed). */
    public void revokeChosen() {
        ApiKeyLine line = chosen.get();
        if (line == null || line.revoked()) {
            return;
        }
        background.run(() -> {
            keys.revoke(line.name());
            return line.name();
        }, revoked -> {
            error.set("");
            notices.post(Notice.info(Messages.get("settings.online.revoked", revoked)));
            start();
        }, failure -> error.set(ErrorText.of(failure)));
    }

    private void show(List<ApiKeyRow> rows) {
        LocalDate today = LocalDate.now(clock);
        lines.setAll(rows.stream().map(row -> new ApiKeyLine(row.name(),
                row.trusted() ? Messages.get("settings.online.yes") : "", format(row.createdAt()),
                row.lastUsedAt() == null ? Messages.get("settings.online.never") : format(row.lastUsedAt()),
                numbers.format(row.requestsOn(today)),
                Messages.get(row.revoked() ? "settings.online.revokedState" : "settings.online.live"), row.revoked()))
                .toList());
        error.set("");
    }

    private String format(Instant instant) {
        return when.format(instant.atZone(clock.getZone()));
    }

    public ObservableList<ApiKeyLine> lines() {
        return lines;
    }

    public ObjectProperty<ApiKeyLine> chosenProperty() {
        return chosen;
    }

    public FormField name() {
        return name;
    }

    public BooleanProperty trustedProperty() {
        return trusted;
    }

    public ReadOnlyObjectProperty<NewKey> newKeyProperty() {
        return newKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
