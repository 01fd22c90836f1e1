package org.salondesk.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.checkout.ProductForm;
import org.salondesk.checkout.ProductRow;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The catalogue's products without a screen: listed per branch, added and changed, bad input kept from the database. */
class ProductsViewModelTest {

    private SalonDesk desk;
    private SmallSalon salon;
    private CatalogViewModel catalog;
    private ProductsViewModel products;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
        salon = new SmallSalon(desk);
        desk.products().create(salon.branch, new ProductForm("Шампунь", new BigDecimal("650.50"), 3, true));
        catalog = new CatalogViewModel(desk.branches(), desk.serviceCatalog(), desk.masters(), desk.provisions(),
                desk.payRates(), desk.resources(), BackgroundExecutor.sameThread(), new NoticeBoard(), () -> { });
        products = new ProductsViewModel(desk.products(), BackgroundExecutor.sameThread());
        products.follow(catalog.branchProperty());
        catalog.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aProductIsAddedThenChangedAndTheListFollowsTheBranch() {
        assertThat(products.rows()).extracting(ProductRow::name).containsExactly("Шампунь");

        products.clear();
        products.name().textProperty().set("Масло для ногтей");
        products.price().textProperty().set("450.00");
        products.stock().textProperty().set("12");
        products.save();
        assertThat(products.rows()).extracting(ProductRow::name, ProductRow::price, ProductRow::stock)
                .contains(org.assertj.core.groups.Tuple.tuple("Масло для ногтей", new BigDecimal("450.00"), 12));

        ProductRow shampoo = products.rows().stream().filter(row -> row.name().equals("Шампунь")).findFirst()
                .orElseThrow();
        products.edit(shampoo);
        assertThat(products.price().text()).isEqualTo("650.50");
        products.stock().textProperty().set("0");
        products.activeProperty().set(false);
        products.save();
        assertThat(desk.products().products(salon.branch)).filteredOn(row -> row.id() == shampoo.id())
                .singleElement().extracting(ProductRow::stock, ProductRow::active).containsExactly(0, false);

        long other = desk.branches().createBranch("Ромашка", null);
        catalog.start();
        catalog.branchProperty().set(catalog.branches().stream().filter(b -> b.id() == other).findFirst()
                .orElseThrow());
        assertThat(products.rows()).isEmpty();
        assertThat(products.idProperty().get()).isZero();
    }

    @Test
    void aBadPriceOrStockIsMarkedAndNothingIsWritten() {
        products.clear();
        products.name().textProperty().set("Маска для волос");
        products.price().textProperty().set("12.345");
        products.stock().textProperty().set("-1");
        products.save();

        assertThat(products.markedProperty().get()).isTrue();
        assertThat(products.price().problem().get()).isNotEmpty();
        assertThat(products.stock().problem().get()).isNotEmpty();
        assertThat(desk.products().products(salon.branch)).hasSize(1);
    }
}
