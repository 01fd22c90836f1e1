package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** The catalogue on the real window, on the demo salon: what the admin changes is what booking offers. */
class CatalogWindowTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;
    private long branch;

    @BeforeEach
    void launch() throws Exception {
        MutableClock clock = TestToday.at(9, 0);
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
        branch = window.desk().booking().getCompaniesForBooking().stream()
                .filter(candidate -> candidate.name().equals(DemoSalon.KNOWN_BRANCH)).mapToLong(CompanyInfo::id)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private void openCatalogTab(String tab) throws Exception {
        robot.clickOn("#nav-catalog");
        window.waitUntil(() -> !window.app().wiring().catalog().services().isEmpty());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#catalog-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getId().equals("catalog-tab-" + tab))
                    .findFirst().orElseThrow());
        });
    }

    /** What the walk-in dialog's service search offers for {@code typed}. */
    @SuppressWarnings("unchecked")
    private List<String> offeredInTheBookingDialog(String typed) throws Exception {
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-walk-in");
        window.waitUntil(() -> robot.lookup("#dialog-service-search").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#booking-dialog").query().getScene().getWindow());
        robot.clickOn("#dialog-service-search").write(typed);
        window.waitUntil(() -> robot.lookup("#dialog-service-list").tryQuery().isPresent());
        Thread.sleep(300);
        List<String> offered = ((ListView<ServiceInfo>) robot.lookup("#dialog-service-list").queryAs(ListView.class))
                .getItems().stream().map(ServiceInfo::title).toList();
        robot.type(KeyCode.ESCAPE);
        window.waitUntil(() -> robot.lookup("#booking-dialog").tryQuery().isEmpty());
        robot.targetWindow(robot.lookup("#calendar-walk-in").query().getScene().getWindow());
        return offered;
    }

    @Test
    void aBlockedServiceIsNoLongerOfferedInTheBookingDialog() throws Exception {
        assertThat(offeredInTheBookingDialog("Уклад")).contains("Укладка");

        openCatalogTab("services");
        @SuppressWarnings("unchecked")
        TableView<ServiceRow> services = robot.lookup("#catalog-services").queryAs(TableView.class);
        ServiceRow styling = services.getItems().stream().filter(s -> s.title().equals("Укладка")).findFirst()
                .orElseThrow();
        robot.interact(() -> services.getSelectionModel().select(styling));
        robot.clickOn("#catalog-service-block");
        window.waitUntil(() -> window.desk().booking().getServicesForBooking(branch, null, null).stream()
                .noneMatch(s -> s.id() == styling.id()));

        assertThat(offeredInTheBookingDialog("Уклад")).doesNotContain("Укладка");
        assertThat(window.desk().serviceCatalog().services(branch)).anyMatch(s -> s.id() == styling.id()
                && !s.active());
    }

    @Test
    void aTickInTheMatrixMakesTheMasterEligible() throws Exception {
        EmployeeInfo master = window.desk().booking().getEmployeesForBooking(branch, List.of(), null, null).stream()
                .filter(m -> m.name().equals(DemoSalon.KNOWN_MASTER)).findFirst().orElseThrow();
        ServiceInfo notHers = window.desk().booking().getServicesForBooking(branch, null, null).stream()
                .filter(s -> window.desk().booking().getEmployeesForBooking(branch, List.of(s.id()), null, null)
                        .stream().noneMatch(e -> e.id() == master.id()))
                .findFirst().orElseThrow();

        openCatalogTab("matrix");
        String cell = "#matrix-" + master.id() + "-" + notHers.id();
        window.waitUntil(() -> robot.lookup(cell).tryQuery().isPresent());
        assertThat(robot.lookup(cell).queryAs(CheckBox.class).isSelected()).isFalse();
        robot.interact(() -> robot.lookup(cell).queryAs(CheckBox.class).fire());

        window.waitUntil(() -> window.desk().booking().getEmployeesForBooking(branch, List.of(notHers.id()), null,
                null).stream().anyMatch(e -> e.id() == master.id()));
        window.waitUntil(() -> robot.lookup(cell).queryAs(CheckBox.class).isSelected());
    }

    @Test
    void aCellChosenInTheMatrixTakesHerOwnPriceAndBookingAsksIt() throws Exception {
        EmployeeInfo master = window.desk().booking().getEmployeesForBooking(branch, List.of(), null, null).stream()
                .filter(m -> m.name().equals(DemoSalon.KNOWN_MASTER)).findFirst().orElseThrow();
        ServiceInfo hers = window.desk().booking().getServicesForBooking(branch, null, master.id()).get(0);
        BigDecimal ownPrice = hers.price().add(new BigDecimal("700"));
        BigDecimal listPrice = listPrice(hers.id());

        openCatalogTab("matrix");
        String cell = "#matrix-cell-" + master.id() + "-" + hers.id();
        window.waitUntil(() -> robot.lookup(cell).tryQuery().isPresent());
        Node beside = robot.lookup(cell).query();
        robot.clickOn(robot.point(beside).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(3, 0)));
        window.waitUntil(() -> robot.lookup("#matrix-own-master").queryAs(ComboBox.class).getValue() != null);
        assertThat(robot.lookup("#matrix-" + master.id() + "-" + hers.id()).queryAs(CheckBox.class).isSelected())
                .as("a click beside the tick leaves it as it was").isTrue();
        assertThat(robot.lookup("#matrix-own-service").queryAs(ComboBox.class).getValue())
                .extracting(value -> ((ServiceRow) value).id()).isEqualTo(hers.id());

        robot.clickOn("#matrix-own-duration").write("47");
        assertThat(robot.lookup("#matrix-own-set").queryAs(Button.class).isDisabled())
                .as("not marked while still typed").isFalse();
        robot.clickOn("#matrix-own-price");
        assertThat(robot.lookup("#matrix-own-set").queryAs(Button.class).isDisabled())
                .as("marked once left: Set waits for a length it can keep").isTrue();
        robot.interact(() -> robot.lookup("#matrix-own-duration").queryAs(TextField.class).clear());
        robot.interact(() -> robot.lookup("#matrix-own-price").queryAs(TextField.class).clear());
        robot.clickOn("#matrix-own-price").write(ownPrice.toPlainString());
        robot.clickOn("#matrix-own-set");

        window.waitUntil(() -> window.desk().booking().getServicesForBooking(branch, null, master.id()).stream()
                .anyMatch(s -> s.id() == hers.id() && s.price().compareTo(ownPrice) == 0));
        window.waitUntil(() -> robot.lookup("#matrix-" + master.id() + "-" + hers.id()).queryAs(CheckBox.class)
                .getStyleClass().contains("own-terms"));
        assertThat(listPrice(hers.id())).as("the price list stays for the others").isEqualByComparingTo(listPrice);
    }

    @Test
    void aCategoryNarrowsTheMatrixAndStaysChosenAfterATick() throws Exception {
        EmployeeInfo master = window.desk().booking().getEmployeesForBooking(branch, List.of(), null, null).stream()
                .filter(m -> m.name().equals(DemoSalon.KNOWN_MASTER)).findFirst().orElseThrow();
        List<ServiceInfo> offered = window.desk().booking().getServicesForBooking(branch, null, null);
        ServiceInfo notHersInIt = offered.stream()
                .filter(s -> window.desk().booking().getEmployeesForBooking(branch, List.of(s.id()), null, null)
                        .stream().noneMatch(e -> e.id() == master.id()))
                .findFirst().orElseThrow();
        ServiceInfo otherCategory = offered.stream().filter(s -> !s.categoryId().equals(notHersInIt.categoryId()))
                .findFirst().orElseThrow();

        openCatalogTab("matrix");
        String outside = "#matrix-" + master.id() + "-" + otherCategory.id();
        window.waitUntil(() -> robot.lookup(outside).tryQuery().isPresent());
        robot.clickOn("#matrix-category-" + notHersInIt.categoryId());
        window.waitUntil(() -> robot.lookup(outside).tryQuery().isEmpty());

        String cell = "#matrix-" + master.id() + "-" + notHersInIt.id();
        Node before = robot.lookup(cell).query();
        robot.clickOn(cell);
        window.waitUntil(() -> window.desk().booking().getEmployeesForBooking(branch, List.of(notHersInIt.id()), null,
                null).stream().anyMatch(e -> e.id() == master.id()));
        window.waitUntil(() -> robot.lookup(cell).query() != before);
        assertThat(robot.lookup(cell).queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup(outside).tryQuery()).as("the category stays chosen after the reload").isEmpty();

        robot.clickOn("#matrix-category-all");
        window.waitUntil(() -> robot.lookup(outside).tryQuery().isPresent());
    }

    @Test
    void aPriceIsTypedAndShownAsTheDesksLanguageWritesIt() throws Exception {
        openCatalogTab("services");
        robot.clickOn("#catalog-service-new");
        robot.clickOn("#catalog-service-title").write("Экспресс-уход");
        robot.clickOn("#catalog-service-price").write("2,5,0");
        robot.clickOn("#catalog-service-duration");
        assertThat(robot.lookup("#catalog-service-save").queryButton().isDisabled())
                .as("\"2,5,0\" is no price: marked once left, Save waits").isTrue();
        robot.interact(() -> robot.lookup("#catalog-service-price").queryAs(TextField.class).clear());
        robot.clickOn("#catalog-service-price").write("2,500x");
        assertThat(robot.lookup("#catalog-service-price").queryAs(TextField.class).getText())
                .as("a letter never gets into a number field").isEqualTo("2,500");
        robot.interact(() -> robot.lookup("#catalog-service-duration").queryAs(TextField.class).clear());
        robot.clickOn("#catalog-service-duration").write("45");
        robot.clickOn("#catalog-service-save");

        window.waitUntil(() -> window.desk().serviceCatalog().services(branch).stream()
                .anyMatch(s -> s.title().equals("Экспресс-уход")));
        ServiceRow saved = window.desk().serviceCatalog().services(branch).stream()
                .filter(s -> s.title().equals("Экспресс-уход")).findFirst().orElseThrow();
        assertThat(saved.price()).isEqualByComparingTo("2500");
        @SuppressWarnings("unchecked")
        TableView<ServiceRow> table = robot.lookup("#catalog-services").queryAs(TableView.class);
        window.waitUntil(() -> table.getItems().stream().anyMatch(s -> s.id() == saved.id()));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(s -> s.id() == saved.id()).findFirst().orElseThrow()));
        assertThat(robot.lookup("#catalog-service-price").queryAs(TextField.class).getText()).isEqualTo("2,500");
        assertThat(table.getColumns().get(2).getCellData(table.getSelectionModel().getSelectedIndex()))
                .isEqualTo("2,500");
    }

    private BigDecimal listPrice(long service) {
        return window.desk().booking().getServicesForBooking(branch, null, null).stream()
                .filter(s -> s.id() == service).findFirst().orElseThrow().price();
    }
}
