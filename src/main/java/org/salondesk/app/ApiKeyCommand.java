package org.salondesk.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.apikey.ApiKeyRow;
import org.salondesk.apikey.ApiKeys;
import org.salondesk.i18n.Messages;

/**
 * Runs a {@link KeyCommand} on the database of {@code settings} without a window (a server PC): prints a new key once,
 * the list of keys, or that a key is revoked; a refused command (a name taken or unknown) prints why and answers 1.
 */
final class ApiKeyCommand {

    static final int REFUSED = 1;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ApiKeyCommand() {
    }

    static int run(LaunchSettings settings, KeyCommand command, Clock clock, PrintStream out, PrintStream err) {
        try (SalonDesk desk = SalonDesk.open(settings.databaseUrl(), clock, false)) {
            ApiKeys keys = desk.apiKeys();
            switch (command.action()) {
                case CREATE -> out.println(keys.create(command.name(), command.trusted()));
                case REVOKE -> {
                    keys.revoke(command.name());
                    out.println(Messages.get("settings.online.revoked", command.name().strip()));
                }
                case LIST -> list(keys, clock, out);
            }
            return 0;
        } catch (SalonDeskException e) {
            err.println(e.getMessage());
            return REFUSED;
        }
    }

    private static void list(ApiKeys keys, Clock clock, PrintStream out) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        out.println(String.join("\t", Messages.get("settings.online.column.name"),
                Messages.get("settings.online.column.trusted"), Messages.get("settings.online.column.created"),
                Messages.get("settings.online.column.lastUsed"), Messages.get("settings.online.column.today"),
                Messages.get("settings.online.column.state")));
        for (ApiKeyRow key : keys.list()) {
            out.println(String.join("\t", key.name(),
                    key.trusted() ? Messages.get("settings.online.yes") : "",
                    WHEN.format(key.createdAt().atZone(zone)),
                    key.lastUsedAt() == null ? Messages.get("settings.online.never")
                            : WHEN.format(key.lastUsedAt().atZone(zone)),
                    Long.toString(key.requestsOn(today)),
                    key.revoked() ? Messages.get("settings.online.revokedState") : Messages.get("settings.online.live")));
        }
    }
}
