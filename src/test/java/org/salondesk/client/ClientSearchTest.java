package org.salondesk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The client search reads an index (decision 0016: a table of terms kept by a trigger on H2, trigram indexes on
 * PostgreSQL) and finds exactly what the plain LIKEs over the client rows found: any part of a phone, the start of a
 * name or surname in any case, any part of an email; in surname, name order; kept up to date by any write.
 */
class ClientSearchTest {

    private String url;
    private SalonDesk desk;
    private ClientService clients;

    @BeforeEach
    void open() {
        url = TestDatabases.freshUrl();
        desk = SalonDesk.open(JdbcUrl.of(url), TestToday.at(8, 0), false);
        clients = desk.clients();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private long client(String name, String surname, String phone, String email) {
        return clients.create(new ClientForm(name, surname, phone, email, null, null));
    }

    private List<Long> found(String text) {
        assertThat(clients.count(text)).as("the count of '%s'", text)
                .isEqualTo(clients.search(text, 0, 1000).size());
        return clients.search(text, 0, 1000).stream().map(ClientRow::id).toList();
    }

    @Test
    void findsAClientByAMiddlePartOfHerPhoneOrOfHerEmail() {
        long olga = client("Ольга", "Смирнова", "+7 916 123-45-67", "olga.smirnova@example.ru");
        client("Анна", "Петрова", "+7 926 765-43-21", null);

        assertThat(found("234")).containsExactly(olga);
        assertThat(found("3-45-6")).containsExactly(olga);
        assertThat(found("8 916 12")).containsExactly(olga);
        assertThat(found("916123456")).containsExactly(olga);
        assertThat(found("234 99")).isEmpty();
        assertThat(found("smirn")).containsExactly(olga);
        assertThat(found("EXAMPLE.RU")).containsExactly(olga);
        assertThat(found("irnova@ex")).containsExactly(olga);
    }

    @Test
    void findsByTheStartOfANameOrSurnameInAnyCaseButNotByItsMiddle() {
        long ivanova = client("Мария", "Иванова", "+79160000001", null);
        long ivan = client("Иван", "Петров", "+79160000002", null);
        long yolka = client("Ёлка", "Ёжикова", "+79160000003", null);

        assertThat(found("иван")).containsExactly(ivanova, ivan);
        assertThat(found("ИВАНОВ")).containsExactly(ivanova);
        assertThat(found("мАрИя иВаН")).containsExactly(ivanova);
        assertThat(found("ванова")).as("a surname's middle is not its start").isEmpty();
        assertThat(found("ёж")).containsExactly(yolka);
        assertThat(found("Ё")).containsExactly(yolka);
    }

    @Test
    void listsEveryoneInSurnameThenNameOrderIgnoringCaseAndPagesThroughThem() {
        long b = client("анна", "Борисова", "+79160000001", null);
        long a2 = client("Вера", "абрамова", "+79160000002", null);
        long a1 = client("Алла", "Абрамова", "+79160000003", null);
        long c = client("Яна", "Волкова", "+79160000004", null);

        assertThat(found("")).containsExactly(a1, a2, b, c);
        assertThat(clients.search("", 1, 2)).extracting(ClientRow::id).containsExactly(a2, b);
        assertThat(found("ова")).isEmpty();
    }

    @Test
    void findsWhatAWriteChangedAtOnceAndNoLongerWhatItRemoved() throws Exception {
        long olga = client("Ольга", "Смирнова", "+79161234567", "olga@example.ru");
        clients.update(olga, new ClientForm("Ольга", "Кузнецова", "+79035550000", "olga.k@mail.ru", null, null));

        assertThat(found("смир")).isEmpty();
        assertThat(found("1234567")).isEmpty();
        assertThat(found("example")).isEmpty();
        assertThat(found("кузн")).containsExactly(olga);
        assertThat(found("555")).containsExactly(olga);
        assertThat(found("k@mail")).containsExactly(olga);

        // A plain SQL write (an import by hand, a restore) is found too.
        try (Connection connection = TestDatabases.connect(url); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update client set surname = 'Зайцева', phone = '+79998887766' where id = " + olga);
        }
        assertThat(found("зайц")).containsExactly(olga);
        assertThat(found("8887")).containsExactly(olga);
        assertThat(found("кузн")).isEmpty();
    }

    @Test
    void neverFindsAMergedRecord() {
        long kept = client("Ольга", "Смирнова", "+79161234567", null);
        long merged = client("Ольга", "Смирнова-Дубль", "+79035550000", null);
        clients.merge(kept, merged);

        assertThat(found("смирнова")).containsExactly(kept);
        assertThat(found("5550000")).isEmpty();
    }

    @Test
    void findsTheSameWhetherItReadsTheMatchesOrWalksTheList() {
        long ivanova = client("Мария", "Иванова", "+79161234501", "maria99@example.ru");
        long ivanov = client("Иван", "Иванов", "+79161234502", null);
        long petrova = client("Мария", "Петрова", "+79031234503", "petrova@mail.ru");
        long yolka = client("Ёлка", "Яшина", "+79269912304", "yolka1999@example.ru");
        long merged = client("Мария", "Иванова", "+79260000005", "maria99@example.ru");
        clients.merge(ivanova, merged);
        // Reads every match, then sorts: a condition is "few" up to a million terms.
        ClientSearch matches = new ClientSearch(DeskInternals.database(desk), 1_000_000);
        // Walks the list's order: no condition is ever "few".
        ClientSearch walk = new ClientSearch(DeskInternals.database(desk), 0);

        for (ClientSearch search : List.of(matches, walk)) {
            assertThat(ids(search, "")).containsExactly(ivanov, ivanova, petrova, yolka);
            assertThat(ids(search, "мар")).containsExactly(ivanova, petrova);
            assertThat(ids(search, "ИВАН")).containsExactly(ivanov, ivanova);
            assertThat(ids(search, "мар ивано")).containsExactly(ivanova);
            assertThat(ids(search, "example мар")).containsExactly(ivanova);
            assertThat(ids(search, "example")).containsExactly(ivanova, yolka);
            assertThat(ids(search, "1234")).containsExactly(ivanov, ivanova, petrova);
            assertThat(ids(search, "8 916 1234")).containsExactly(ivanov, ivanova);
            assertThat(ids(search, "99")).containsExactly(ivanova, yolka);
            assertThat(ids(search, "ё")).containsExactly(yolka);
            assertThat(ids(search, "мар зз")).isEmpty();
            assertThat(ids(search, "мар\\")).as("a backslash is a letter like any other").isEmpty();
            assertThat(search.page("", 1, 2)).extracting(ClientRow::id).containsExactly(ivanova, petrova);
            assertThat(search.page("мар", 1, 5)).extracting(ClientRow::id).containsExactly(petrova);
        }
    }

    /**
     * A {@code %}, {@code _}, {@code !} (the escape character) or backslash typed matches itself, in both plans, by
     * index range or by LIKE.
     */
    @Test
    void takesPercentUnderscoreAndTheEscapeCharacterAsTyped() {
        long underscore = client("a_b", "Тест", "+79160000001", "a_b@example.ru");
        client("axb", "Тест", "+79160000002", "axb@example.ru");
        long percent = client("50%", "Тест", "+79160000003", null);
        client("50x", "Тест", "+79160000004", null);
        long backslash = client("a\\b", "Тест", "+79160000005", null);
        client("ab", "Тест", "+79160000006", null);
        long bang = client("a!%", "Тест", "+79160000009", null);
        client("a!x", "Тест", "+79160000010", null);
        // A last letter outside the BMP has no index range: the LIKE that is read instead must be literal too.
        long emoji = client("c_!\uD83D\uDE00", "Тест", "+79160000007", null);
        client("cx!\uD83D\uDE00", "Тест", "+79160000008", null);

        assertThat(found("a_b")).containsExactly(underscore);
        assertThat(found("50%")).containsExactly(percent);
        assertThat(found("a\\b")).containsExactly(backslash);
        assertThat(found("_b@")).containsExactly(underscore);
        assertThat(found("c_!\uD83D\uDE00")).containsExactly(emoji);
        assertThat(found("a!%")).containsExactly(bang);
        assertThat(found("%")).isEmpty();
        assertThat(found("_")).as("a tail of her email").containsExactly(underscore);
        for (int few : new int[] {1_000_000, 0}) {
            ClientSearch search = new ClientSearch(DeskInternals.database(desk), few);
            assertThat(ids(search, "a_b тест")).as("plan %d", few).containsExactly(underscore);
            assertThat(ids(search, "50% тест")).as("plan %d", few).containsExactly(percent);
            assertThat(ids(search, "c_!\uD83D\uDE00 тест")).as("plan %d", few).containsExactly(emoji);
            assertThat(ids(search, "a!% тест")).as("plan %d", few).containsExactly(bang);
        }
    }

    /** What the search finds, in order, having checked that its count says as many. */
    private static List<Long> ids(ClientSearch search, String text) {
        List<Long> ids = search.page(text, 0, 1000).stream().map(ClientRow::id).toList();
        assertThat(search.count(text)).as("the count of '%s'", text).isEqualTo(ids.size());
        return ids;
    }
}
