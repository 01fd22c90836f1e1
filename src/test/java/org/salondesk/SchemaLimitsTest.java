package org.salondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.salondesk.apikey.ApiKeys;
import org.salondesk.booking.BookingTexts;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.Master;
import org.salondesk.catalog.JobTitle;
import org.salondesk.catalog.SalonService;
import org.salondesk.catalog.ServiceCategory;
import org.salondesk.checkout.CheckoutService;
import org.salondesk.checkout.Money;
import org.salondesk.checkout.ProductForm;
import org.salondesk.client.Client;
import org.salondesk.schedule.DayOff;
import org.salondesk.staff.StaffUser;
import org.salondesk.task.AutoTaskSettings;
import org.salondesk.task.Task;

/**
 * Every text column of the Flyway migrations that people type into has its {@link TextLimit}, of the column's length,
 * and every typed number's {@link Bounds} fit its column: a value the database could not hold is refused first.
 */
class SchemaLimitsTest {

    /** Text columns nobody types into: written by the desk itself, chosen from a list, or cut to fit. */
    private static final Set<String> NOT_TYPED = Set.of("branch.time_zone", "staff_user.role",
            "staff_user.password_hash", "staff_user.pin_hash", "client.phone", "booking.status", "booking.source", "booked_service.title",
            "slot_hold.service_ids", "service_resource.phase", "booking_event.kind", "booking_event.old_value", "booking_event.new_value",
            "client_audit.kind", "client_audit.detail", "task.kind", "task.text_args", "staff_notification.kind",
            "staff_notification.words", "waitlist_entry.status", "waitlist_entry.channel",
            "api_key.key_hash", "checkout_line.kind", "checkout_line.title", "payment.method");

    private static final Map<String, TextLimit> TYPED = Map.ofEntries(
            Map.entry("branch.name", Branch.NAME), Map.entry("branch.address", Branch.ADDRESS),
            Map.entry("service_category.name", ServiceCategory.NAME),
            Map.entry("service_category.description", ServiceCategory.DESCRIPTION),
            Map.entry("job_title.name", JobTitle.NAME), Map.entry("job_title.description", JobTitle.DESCRIPTION),
            Map.entry("salon_service.title", SalonService.TITLE),
            Map.entry("salon_service.description", SalonService.DESCRIPTION),
            Map.entry("employee.name", Master.NAME), Map.entry("employee.information", Master.INFORMATION),
            Map.entry("day_off.reason", DayOff.REASON),
            Map.entry("staff_user.login", StaffUser.LOGIN), Map.entry("sign_in_attempt.login", StaffUser.LOGIN),
            Map.entry("staff_user.display_name",
                    StaffUser.DISPLAY_NAME),
            Map.entry("client.name", Client.NAME), Map.entry("client.surname", Client.SURNAME),
            Map.entry("client.email", Client.EMAIL), Map.entry("client.note", Client.NOTE),
            Map.entry("client.blocked_reason", Client.BLOCKED_REASON), Map.entry("client.tags", Client.TAGS),
            Map.entry("booking.note", BookingTexts.NOTE),
            Map.entry("booking.cancel_reason", BookingTexts.CANCEL_REASON),
            Map.entry("booking.idempotency_key", BookingTexts.IDEMPOTENCY_KEY),
            Map.entry("booking_custom_field.field_key", BookingTexts.FIELD_KEY),
            Map.entry("booking_custom_field.field_value", BookingTexts.FIELD_VALUE),
            Map.entry("api_key.name", ApiKeys.NAME), Map.entry("api_key.live_name", ApiKeys.NAME),
            Map.entry("task.title", Task.TITLE), Map.entry("task.description", Task.DESCRIPTION),
            Map.entry("product.name", ProductForm.NAME),
            Map.entry("resource.name", org.salondesk.catalog.ResourceRow.NAME),
            Map.entry("checkout.discount_reason", CheckoutService.REASON),
            Map.entry("checkout_line.price_reason", CheckoutService.REASON),
            Map.entry("payment.reason", CheckoutService.REASON),
            Map.entry("cash_day.note", CheckoutService.REASON),
            Map.entry("cash_movement.reason", CheckoutService.REASON),
            Map.entry("waitlist_entry.note", org.salondesk.waitlist.WaitingList.NOTE));

    private static final Pattern TABLE = Pattern.compile("(?i)CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("(?im)^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)");
    private static final Pattern ADDED = Pattern.compile("(?i)ALTER TABLE (\\w+) ADD COLUMN (\\w+) VARCHAR\\((\\d+)\\)");

    @Test
    void everyTypedTextColumnHasItsLimitOfTheSameLength() throws Exception {
        Map<String, Integer> columns = textColumns();

        assertThat(columns).as("columns found in the migrations").containsKeys("client.tags", "booking.note");
        Map<String, Integer> unaccounted = new TreeMap<>(columns);
        unaccounted.keySet().removeAll(NOT_TYPED);
        unaccounted.keySet().removeAll(TYPED.keySet());
        assertThat(unaccounted).as("text columns without a TextLimit").isEmpty();
        TYPED.forEach((column, limit) -> assertThat(limit.maxLength()).as(column).isEqualTo(columns.get(column)));
    }

    @Test
    void everyTypedNumberFitsItsColumn() {
        // NUMERIC(12, 2) holds at most 9 999 999 999.99; an INTEGER column, 2 147 483 647.
        BigDecimal numeric12x2 = new BigDecimal("9999999999.99");
        assertThat(SalonService.PRICE.max()).isLessThanOrEqualTo(numeric12x2);
        assertThat(SalonService.PRICE.min()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(SalonService.PRICE.decimals()).isLessThanOrEqualTo(2);
        for (Bounds minutes : new Bounds[]{SalonService.DURATION, Branch.SLOT_INTERVAL}) {
            assertThat(minutes.min()).as("positive, as the schema checks").isPositive();
        }
        assertThat(Branch.MIN_LEAD.min()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(Branch.DAYS_AHEAD.min()).isEqualByComparingTo("1");
        assertThat(Branch.DAYS_AHEAD.max()).as("ck_branch_days_ahead").isEqualByComparingTo("1000");
        assertThat(Client.SUGGEST_BLOCK_AFTER.min()).isEqualByComparingTo("1");
        assertThat(Client.SUGGEST_BLOCK_AFTER.max()).as("ck_branch_suggest_block").isEqualByComparingTo("20");
        for (Bounds money : new Bounds[]{Money.AMOUNT, Money.PAYMENT}) {
            assertThat(money.max()).isLessThanOrEqualTo(numeric12x2);
            assertThat(money.decimals()).isLessThanOrEqualTo(2);
        }
        assertThat(Money.AMOUNT.min()).as("ck_product_price").isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(Money.PAYMENT.min()).as("ck_payment_sign").isPositive();
        assertThat(Money.QUANTITY.min()).as("ck_checkout_line_quantity").isPositive();
        assertThat(ProductForm.STOCK.min()).as("ck_product_stock").isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(AutoTaskSettings.FOLLOW_UP_DAYS.min()).isEqualByComparingTo("7");
        assertThat(AutoTaskSettings.FOLLOW_UP_DAYS.max()).as("ck_branch_follow_up")
                .isEqualByComparingTo("730");
    }

    /** table.column → length of every VARCHAR column the migrations create, in the order Flyway runs them. */
    private static Map<String, Integer> textColumns() throws IOException, URISyntaxException {
        Map<String, Integer> columns = new HashMap<>();
        List<Path> migrations;
        try (Stream<Path> files = Files.list(Path.of(SchemaLimitsTest.class.getResource("/db/migration").toURI()))) {
            migrations = files.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(migrations).isNotEmpty();
        for (Path migration : migrations) {
            String sql = Files.readString(migration, StandardCharsets.UTF_8);
            Matcher table = TABLE.matcher(sql);
            while (table.find()) {
                Matcher column = COLUMN.matcher(table.group(2));
                while (column.find()) {
                    columns.put(table.group(1).toLowerCase() + "." + column.group(1).toLowerCase(),
                            Integer.valueOf(column.group(2)));
                }
            }
            Matcher added = ADDED.matcher(sql);
            while (added.find()) {
                columns.put(added.group(1).toLowerCase() + "." + added.group(2).toLowerCase(),
                        Integer.valueOf(added.group(3)));
            }
        }
        return columns;
    }
}
