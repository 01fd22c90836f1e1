package org.salondesk.ui.catalog;

import java.math.BigDecimal;
import java.util.Objects;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.catalog.BranchRow;
import org.salondesk.checkout.Money;
import org.salondesk.checkout.ProductForm;
import org.salondesk.checkout.ProductRow;
import org.salondesk.checkout.ProductService;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.NumberText;

/**
 * The products a branch sells (the catalogue's Products tab): the list with price, stock and whether still sold, and
 * a form to add one or change the one picked. It follows the catalogue's branch.
 */
public final class ProductsViewModel {

    private final ProductService products;
    private final BackgroundExecutor background;
    private final NumberText numbers = NumberText.desk();
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final LongProperty id = new SimpleLongProperty(this, "id", 0);
    private final FormField name = FormField.required("field.name", ProductForm.NAME);
    private final FormField price = FormField.number(Money.AMOUNT, false);
    private final FormField stock = FormField.number(ProductForm.STOCK, false);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final FormFields fields = new FormFields(name, price, stock);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private Long branchId;

    public ProductsViewModel(ProductService products, BackgroundExecutor background) {
        this.products = products;
        this.background = background;
        clear();
    }

    /** Shows the products of the branch the catalogue shows, now and whenever it changes. */
    public void follow(ObservableValue<BranchRow> branch) {
        branch.addListener((obs, old, now) -> show(now));
        show(branch.getValue());
    }

    private void show(BranchRow branch) {
        Long now = branch == null ? null : branch.id();
        if (!Objects.equals(now, branchId)) {
            clear();
        }
        branchId = now;
        reload();
    }

    public void reload() {
        if (branchId == null) {
            rows.clear();
            return;
        }
        long shown = branchId;
        background.run(() -> products.products(shown), found -> {
            if (branchId != null && branchId == shown) {
                rows.setAll(found);
            }
        }, this::failed);
    }

    /** Fills the form with the product picked in the list. */
    public void edit(ProductRow product) {
        if (product == null) {
            return;
        }
        id.set(product.id());
        name.show(product.name());
        price.show(numbers.format(product.price()));
        stock.show(numbers.format(product.stock()));
        active.set(product.active());
        saved.set("");
    }

    /** Empties the form for a new product. */
    public void clear() {
        id.set(0);
        name.show("");
        price.show("");
        stock.show("0");
        active.set(true);
    }

    /** Adds the product or saves the changes; a problem is marked on its field and nothing is written. */
    public void save() {
        if (branchId == null || !fields.showProblems()) {
            return;
        }
        long branch = branchId;
        long editing = id.get();
        BigDecimal typedPrice = numbers.parse(price.text());
        ProductForm form = new ProductForm(name.text().strip(), typedPrice,
                numbers.parse(stock.text()).intValueExact(), active.get());
        background.run(() -> {
            if (editing == 0) {
                return products.create(branch, form);
            }
            products.update(editing, form);
            return editing;
        }, savedId -> {
            error.set("");
            id.set(savedId);
            saved.set(Messages.get("catalog.product.saved", form.name()));
            reload();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ObservableList<ProductRow> rows() {
        return rows;
    }

    public LongProperty idProperty() {
        return id;
    }

    public FormField name() {
        return name;
    }

    public FormField price() {
        return price;
    }

    public FormField stock() {
        return stock;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** A problem is marked on screen: Save is disabled until it is fixed. */
    public BooleanBinding markedProperty() {
        return fields.marked();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What was saved last, in the desk's words. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
