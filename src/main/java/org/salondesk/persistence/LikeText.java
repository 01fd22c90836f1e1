package org.salondesk.persistence;

/**
 * What someone typed, inside a LIKE pattern as itself: a {@code %} or {@code _} in a search box matches a percent
 * sign or an underscore, not any text. The escape character is named in every such LIKE ({@link #ESCAPE}): Hibernate
 * turns H2's and PostgreSQL's default (the backslash) off with {@code escape ''} where a query names none, and a
 * {@code !} needs no escaping of its own in HQL, SQL or Java.
 */
public final class LikeText {

    /** To follow the pattern's parameter: {@code ... like :name escape '!'}. */
    public static final String ESCAPE = " escape '!'";

    private LikeText() {
    }

    /** The text with LIKE's wildcards and the escape character escaped, to go between the query's own wildcards. */
    public static String literal(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
