package org.salondesk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** Clients from and to CSV files. */
class ClientImportTest {

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void thePreviewSaysWhatIsWrongWithEachRowAndOnlyTheGoodOnesAreImported() {
        String file = """
                name;surname;phone;email;note
                Ирина;Котова;8 903 111-22-33;irina@example.ru;постоянная
                ;Без имени;8 903 111-22-34;;
                Вера;;12345;;
                Нина;Орлова;+7 903 111-22-33;;
                Анна;Смирнова;+7 916 111-22-33;;
                Ольга;;8-903-111-22-35;;
                """;

        ImportPreview preview = desk.clientImport().preview(new StringReader(file));

        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(preview.rows()).extracting(ImportRow::good).containsExactly(true, false, false, false, false,
                true);
        assertThat(preview.rows().get(1).problem()).contains("name");
        assertThat(preview.rows().get(2).problem()).contains("12345");
        assertThat(preview.rows().get(3).problem()).contains("twice");
        assertThat(preview.rows().get(4).problem()).contains("already");
        assertThat(desk.clients().count("")).as("a preview writes nothing").isEqualTo(1);

        List<Long> progress = new ArrayList<>();
        assertThat(desk.clientImport().run(preview, progress::add)).isEqualTo(2);

        assertThat(progress).last().isEqualTo(2L);
        assertThat(desk.clients().search("8 903 111 22 33", 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.fullName()).isEqualTo("Ирина Котова");
            assertThat(row.email()).isEqualTo("irina@example.ru");
        });
        assertThat(desk.clients().count("")).isEqualTo(3);
    }

    @Test
    void aBrokenFileIsRefusedAndWritesNothing() {
        assertThatThrownBy(() -> desk.clientImport().preview(new StringReader("surname,email\nКотова,x@y.ru\n")))
                .isInstanceOf(SalonDeskException.class)
                .satisfies(error -> assertThat(((SalonDeskException) error).code())
                        .isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThatThrownBy(() -> desk.clientImport().preview(new StringReader("name,phone\n\"Ирина,+79031112233\n")))
                .isInstanceOf(SalonDeskException.class);
        assertThat(desk.clients().count("")).isEqualTo(1);
    }

    @Test
    void tenThousandRowsImportInOneGoAndTheExportReadsBack() {
        StringBuilder file = new StringBuilder("name,surname,phone,email,note\n");
        for (int i = 0; i < 10_000; i++) {
            file.append("Клиентка").append(i).append(",Тестовая,+7 905 ").append(String.format("%07d", i))
                    .append(",c").append(i).append("@example.ru,\n");
        }
        ImportPreview preview = desk.clientImport().preview(new StringReader(file.toString()));
        assertThat(preview.problemCount()).isZero();
        List<Long> progress = new ArrayList<>();

        assertThat(desk.clientImport().run(preview, progress::add)).isEqualTo(10_000);

        assertThat(progress).hasSize(20).isSorted().last().isEqualTo(10_000L);
        assertThat(desk.clients().count("")).isEqualTo(10_001);
        assertThat(desk.clients().search("905 0009999", 0, 5)).singleElement()
                .satisfies(row -> assertThat(row.name()).isEqualTo("Клиентка9999"));

        StringWriter exported = new StringWriter();
        assertThat(desk.clientImport().export(exported)).isEqualTo(10_001);
        ImportPreview back = desk.clientImport().preview(new StringReader(exported.toString()));
        assertThat(back.rows()).hasSize(10_001).allSatisfy(row -> assertThat(row.problem()).contains("already"));
    }
}
