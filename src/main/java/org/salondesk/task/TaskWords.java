package org.salondesk.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;

/**
 * The words of a task the desk makes: its kind's message and the values put into it (client, phone, date, time),
 * stored apart so that every reader sees the task in her own language. Values are kept one per line, dates and times
 * in ISO form, the phone as E.164.
 */
final class TaskWords {

    private TaskWords() {
    }

    /** The values of a task about a client (and a booking's date and time, when it is about one). */
    static List<String> args(String clientName, String phone, LocalDate date, LocalTime time) {
        List<String> args = new ArrayList<>(List.of(clientName, phone == null ? "" : phone, date.toString()));
        if (time != null) {
            args.add(time.toString());
        }
        return args;
    }

    static String encode(List<String> args) {
        return String.join("\n", args.stream().map(arg -> arg.replaceAll("\\R", " ")).toList());
    }

    static List<String> decode(String encoded) {
        return encoded == null || encoded.isEmpty() ? List.of() : Arrays.asList(encoded.split("\r?\n", -1));
    }

    /** What the task says now, in the reader's language; a person's own words (or unreadable values) as stored. */
    static String text(TaskKind kind, String encodedArgs, String storedTitle) {
        List<String> args = decode(encodedArgs);
        if (kind.messageKey() == null || args.size() < 3) {
            return storedTitle;
        }
        try {
            Object[] values = {args.get(0), PhoneNumbers.display(args.get(1).isEmpty() ? null : args.get(1)),
                    LocalDate.parse(args.get(2)), args.size() > 3 ? LocalTime.parse(args.get(3)) : null};
            return Messages.get(kind.messageKey(), values);
        } catch (DateTimeParseException e) {
            return storedTitle;
        }
    }
}
