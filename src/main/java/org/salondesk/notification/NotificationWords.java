package org.salondesk.notification;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The values a notification's words are made of (client, date, time), kept one per line so that every reader sees
 * them in her own language.
 */
final class NotificationWords {

    private NotificationWords() {
    }

    static String encode(String clientName, LocalDate date, LocalTime time) {
        String text = clientName.replaceAll("\\R", " ") + "\n" + date + "\n" + time;
        return text.length() <= 1000 ? text : text.substring(text.length() - 1000);
    }

    /** {client, date, time}, as {@link #encode} wrote them. */
    static String[] decode(String words) {
        int time = words.lastIndexOf('\n');
        int date = words.lastIndexOf('\n', time - 1);
        return new String[] {words.substring(0, date), words.substring(date + 1, time), words.substring(time + 1)};
    }
}
