package org.salondesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.task.AutoTaskSettings;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The settings screen's Save is one transaction on the branch row's one owner: a value refused in its last part (what
 * the desk does by itself) leaves the first part (name, clock, booking settings) unwritten too. The row is read with
 * plain JDBC, as another desk would see it.
 */
class BranchSettingsSaveTest {

    private static final BranchSettingsForm CHANGED = new BranchSettingsForm("Лаванда у пруда", "Чистопрудный, 1",
            ZoneId.of("Asia/Yekaterinburg"), 15, 60, 30, LocalTime.of(10, 0), LocalTime.of(20, 0));

    private final String url = TestDatabases.freshUrl();
    private SalonDesk desk;
    private long branch;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(url), TestToday.at(9, 0), true);
        branch = desk.branches().createBranch("Лаванда", "Тверская, 12");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aSaveRefusedInItsLastPartWritesNothingOfItsFirst() throws SQLException {
        Map<String, Object> before = row();

        assertRefused(new BranchPolicies(false, false, 3, null));
        assertThat(row()).as("a follow-up after 3 days is refused: the name and hours stay as they were")
                .isEqualTo(before);
        assertRefused(new BranchPolicies(false, false, 30, 21));
        assertThat(row()).as("the very last value refused: nothing of the form is written").isEqualTo(before);
        assertThat(desk.branches().branchSettings(branch).name()).isEqualTo("Лаванда");
    }

    @Test
    void aSaveWritesTheWholeFormWhereBookingTasksAndClientsReadIt() throws SQLException {
        desk.branches().saveSettings(branch, CHANGED, new BranchPolicies(false, true, null, 3));

        Map<String, Object> saved = row();
        assertThat(saved.get("name")).isEqualTo("Лаванда у пруда");
        assertThat(saved.get("time_zone")).isEqualTo("Asia/Yekaterinburg");
        assertThat(((Number) saved.get("slot_interval_minutes")).intValue()).isEqualTo(15);
        assertThat(saved.get("task_on_no_show")).isEqualTo(false);
        assertThat(saved.get("follow_up_after_days")).isNull();
        assertThat(((Number) saved.get("suggest_block_after_no_shows")).intValue()).isEqualTo(3);
        assertThat(desk.branches().branchSettings(branch)).isEqualTo(CHANGED);
        assertThat(desk.branches().policies(branch)).isEqualTo(new BranchPolicies(false, true, null, 3));
        assertThat(desk.autoTasks().settings(branch)).isEqualTo(new AutoTaskSettings(false, true, null));
        assertThat(desk.clients().suggestBlockAfter(branch)).isEqualTo(3);
    }

    @Test
    void aSaveForABranchThatIsGoneIsRefused() {
        assertThatThrownBy(() -> desk.branches().saveSettings(9_999L, CHANGED, new BranchPolicies(true, true, 60,
                null))).isInstanceOfSatisfying(SalonDeskException.class,
                refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    private void assertRefused(BranchPolicies policies) {
        assertThatThrownBy(() -> desk.branches().saveSettings(branch, CHANGED, policies))
                .isInstanceOfSatisfying(SalonDeskException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    /** Every column of the branch row, by lower-case name. */
    private Map<String, Object> row() throws SQLException {
        try (Connection connection = TestDatabases.connect(url);
             PreparedStatement query = connection.prepareStatement("select * from branch where id = ?")) {
            query.setLong(1, branch);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                ResultSetMetaData columns = rows.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getObject(i));
                }
                return row;
            }
        }
    }
}
