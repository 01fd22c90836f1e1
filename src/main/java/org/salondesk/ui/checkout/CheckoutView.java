package org.salondesk.ui.checkout;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.salondesk.booking.ServiceInfo;
import org.salondesk.checkout.PaymentMethod;
import org.salondesk.checkout.ProductRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BehindTheLock;

/**
 * The checkout dialog: lines, products, discount, tip, payments and the figures beside them; Complete (Enter on it,
 * Ctrl+Enter anywhere), then Print or Save the receipt. It lays out and binds; {@link CheckoutViewModel} decides.
 */
public final class CheckoutView extends Dialog<Void> {

    private static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final CheckoutViewModel viewModel;
    private final VBox serviceRows = new VBox(4);
    private final VBox productRows = new VBox(4);

    public CheckoutView(CheckoutViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(Messages.get("checkout.title"));
        setResizable(true);
        getDialogPane().setId("checkout-dialog");
        BehindTheLock.keep(this);
        getDialogPane().getStylesheets().add(
                CheckoutView.class.getResource("/org/salondesk/ui/common/app.css").toExternalForm());
        ButtonType close = new ButtonType(Messages.get("checkout.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(close).setId("checkout-close");
        setResultConverter(button -> null);
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefSize(720, 760);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (COMPLETE.match(event)) {
                viewModel.complete();
                event.consume();
            }
        });
        viewModel.serviceItems().addListener((ListChangeListener<ServiceItem>) change -> {
            if (structural(change)) {
                showServices();
            }
        });
        viewModel.productItems().addListener((ListChangeListener<ProductItem>) change -> {
            if (structural(change)) {
                showProducts();
            }
        });
        showServices();
        showProducts();
    }

    private Node content() {
        Label heading = new Label();
        heading.setId("checkout-heading");
        heading.getStyleClass().add("checkout-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        VBox box = new VBox(10, heading, section("checkout.services"), serviceRows, addService(),
                section("checkout.products"), productRows, addProduct(), discountAndTip(), payments(), figures(),
                messages(), actions());
        box.setPadding(new Insets(8));
        return box;
    }

    private static Label section(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("checkout-section");
        return label;
    }

    private Node addService() {
        ComboBox<ServiceInfo> service = new ComboBox<>(viewModel.offeredServices());
        service.setId("checkout-add-service");
        service.setPromptText(Messages.get("checkout.chooseService"));
        service.setConverter(CheckoutTexts.services());
        Button add = new Button(Messages.get("checkout.addService"));
        add.setId("checkout-add-service-button");
        add.setOnAction(event -> viewModel.addService(service.getValue()));
        return new HBox(6, service, add);
    }

    private Node addProduct() {
        ComboBox<ProductRow> product = new ComboBox<>(viewModel.offeredProducts());
        product.setId("checkout-product");
        product.setPromptText(Messages.get("checkout.chooseProduct"));
        product.setConverter(CheckoutTexts.products());
        TextField quantity = field("checkout-product-qty", 60);
        quantity.textProperty().bindBidirectional(viewModel.productQuantityProperty());
        Button add = new Button(Messages.get("checkout.addProduct"));
        add.setId("checkout-add-product");
        add.setOnAction(event -> viewModel.addProduct(product.getValue()));
        return new HBox(6, product, new Label(Messages.get("checkout.quantity")), quantity, add);
    }

    private Node discountAndTip() {
        TextField discount = field("checkout-discount", 90);
        discount.textProperty().bindBidirectional(viewModel.discountValueProperty());
        CheckBox percent = new CheckBox(Messages.get("checkout.discountPercent"));
        percent.setId("checkout-discount-percent");
        percent.selectedProperty().bindBidirectional(viewModel.discountPercentProperty());
        TextField reason = field("checkout-discount-reason", 220);
        reason.setPromptText(Messages.get("checkout.discountReason"));
        reason.textProperty().bindBidirectional(viewModel.discountReasonProperty());
        TextField tip = field("checkout-tip", 90);
        tip.textProperty().bindBidirectional(viewModel.tipProperty());
        return new HBox(6, labelFor("checkout.discount", discount), discount, percent, reason,
                labelFor("checkout.tip", tip), tip);
    }

    private Node payments() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        for (PaymentMethod method : PaymentMethod.values()) {
            String name = method.name().toLowerCase();
            TextField amount = field("checkout-" + name, 120);
            amount.textProperty().bindBidirectional(viewModel.paymentProperty(method));
            Button rest = new Button(CheckoutTexts.restBy(method));
            rest.setId("checkout-rest-" + name);
            rest.setOnAction(event -> viewModel.payRestBy(method));
            grid.addRow(row++, labelFor(CheckoutTexts.methodKey(method), amount), amount, rest);
        }
        return new VBox(4, section("checkout.payments"), grid);
    }

    private Node figures() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        CheckoutFigures figures = viewModel.figures();
        figure(grid, 0, "checkout.linesTotal", "checkout-lines-total", figures.linesTotalProperty());
        figure(grid, 1, "checkout.discountAmount", "checkout-discount-amount", figures.discountProperty());
        figure(grid, 2, "checkout.tipAmount", "checkout-tip-amount", figures.tipProperty());
        figure(grid, 3, "checkout.prepaid", "checkout-prepaid", figures.prepaidProperty());
        figure(grid, 4, "checkout.toPay", "checkout-to-pay", figures.toPayProperty());
        figure(grid, 5, "checkout.paid", "checkout-paid", figures.paidProperty());
        figure(grid, 6, "checkout.change", "checkout-change", figures.changeProperty());
        figure(grid, 7, "checkout.stillToPay", "checkout-still-to-pay", figures.stillToPayProperty());
        return grid;
    }

    private static void figure(GridPane grid, int row, String key, String id,
                               javafx.beans.value.ObservableStringValue value) {
        Label figure = new Label();
        figure.setId(id);
        figure.textProperty().bind(value);
        grid.addRow(row, new Label(Messages.get(key)), figure);
    }

    private Node messages() {
        Label problem = new Label();
        problem.setId("checkout-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.when(viewModel.errorProperty().isEmpty())
                .then(viewModel.problemProperty()).otherwise(viewModel.errorProperty()));
        Label told = new Label();
        told.setId("checkout-told");
        told.setWrapText(true);
        told.textProperty().bind(viewModel.toldProperty());
        return new VBox(4, problem, told);
    }

    private Node actions() {
        Button complete = new Button(Messages.get("checkout.complete"));
        complete.setId("checkout-complete");
        complete.disableProperty().bind(viewModel.canCompleteProperty().not());
        complete.setOnAction(event -> viewModel.complete());
        // A focused button takes Enter as well as Space, as the receptionist expects after tabbing to it.
        complete.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                complete.fire();
                event.consume();
            }
        });
        Button print = new Button(Messages.get("checkout.print"));
        print.setId("checkout-print");
        print.disableProperty().bind(viewModel.receiptProperty().isNull());
        print.setOnAction(event -> viewModel.printReceipt());
        Button save = new Button(Messages.get("checkout.savePdf"));
        save.setId("checkout-save");
        save.disableProperty().bind(viewModel.receiptProperty().isNull());
        save.setOnAction(this::saveReceipt);
        // Once completed, the receipt is what is left to do.
        viewModel.receiptProperty().addListener((obs, old, receipt) -> {
            if (receipt != null) {
                print.requestFocus();
            }
        });
        return new HBox(8, complete, print, save);
    }

    private void saveReceipt(ActionEvent event) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(viewModel.receiptFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (file != null) {
            viewModel.saveReceipt(file.toPath());
        }
    }

    private void showServices() {
        serviceRows.getChildren().clear();
        int index = 0;
        for (ServiceItem item : viewModel.serviceItems()) {
            TextField price = field("checkout-price-" + index, 100);
            price.textProperty().bindBidirectional(item.priceProperty());
            TextField reason = field("checkout-reason-" + index, 220);
            reason.setPromptText(Messages.get("checkout.priceReason"));
            reason.textProperty().bindBidirectional(item.reasonProperty());
            reason.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.priceChanged(item),
                    item.priceProperty()));
            reason.managedProperty().bind(reason.visibleProperty());
            Button remove = removeButton("checkout-remove-service-" + index, () -> viewModel.removeService(item));
            Label title = new Label(item.title());
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            serviceRows.getChildren().add(new HBox(6, title, price, reason, remove));
            index++;
        }
    }

    private void showProducts() {
        productRows.getChildren().clear();
        int index = 0;
        for (ProductItem item : viewModel.productItems()) {
            TextField quantity = field("checkout-qty-" + index, 60);
            quantity.textProperty().bindBidirectional(item.quantityProperty());
            Label amount = new Label();
            amount.setId("checkout-product-amount-" + index);
            amount.textProperty().bind(Bindings.createStringBinding(() -> viewModel.productAmount(item),
                    item.quantityProperty()));
            Label name = new Label(item.name());
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            productRows.getChildren().add(new HBox(6, name, quantity, new Label("×"),
                    new Label(CheckoutFigures.amount(item.unitPrice())), amount,
                    removeButton("checkout-remove-product-" + index, () -> viewModel.removeProduct(item))));
            index++;
        }
    }

    private static Button removeButton(String id, Runnable remove) {
        Button button = new Button("✕");
        button.setId(id);
        button.setAccessibleText(Messages.get("checkout.remove"));
        button.setOnAction(event -> remove.run());
        return button;
    }

    private static TextField field(String id, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        return field;
    }

    private static Label labelFor(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static boolean structural(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                return true;
            }
        }
        return false;
    }
}
