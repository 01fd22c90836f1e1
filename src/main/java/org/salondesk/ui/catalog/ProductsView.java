package org.salondesk.ui.catalog;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.salondesk.checkout.ProductRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.NumberText;
import org.salondesk.ui.common.TextColumns;

/** The catalogue's Products tab: the branch's products beside the form of the one picked (or a new one). */
final class ProductsView extends BorderPane {

    ProductsView(ProductsViewModel viewModel) {
        TableView<ProductRow> table = new TableView<>(viewModel.rows());
        table.setId("catalog-products");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        NumberText numbers = NumberText.desk();
        table.getColumns().add(TextColumns.of("catalog.column.product", 220, ProductRow::name));
        table.getColumns().add(TextColumns.of("catalog.column.price", 90, product -> numbers.format(product.price())));
        table.getColumns().add(TextColumns.of("catalog.column.stock", 80, product -> numbers.format(product.stock())));
        table.getColumns().add(TextColumns.of("catalog.column.active", 90, product -> Messages.get(product.active()
                ? "catalog.product.onSale" : "catalog.product.notOnSale")));
        ColumnSizing.atLeastContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, product) -> viewModel.edit(product));

        TextField name = BoundFields.text("catalog-product-name", viewModel.name());
        TextField price = BoundFields.number("catalog-product-price", viewModel.price());
        TextField stock = BoundFields.number("catalog-product-stock", viewModel.stock());
        CheckBox active = new CheckBox(Messages.get("catalog.product.onSale"));
        active.setId("catalog-product-active");
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());
        FormGrid grid = new FormGrid()
                .row(Messages.get("catalog.field.productName"), name)
                .row(Messages.get("catalog.field.price"), price)
                .row(Messages.get("catalog.field.stock"), stock)
                .row("", active);
        Button save = new Button(Messages.get("catalog.save"));
        save.setId("catalog-product-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.markedProperty());
        save.setOnAction(event -> viewModel.save());
        Button clear = new Button(Messages.get("catalog.new"));
        clear.setId("catalog-product-new");
        clear.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            viewModel.clear();
        });
        Label heading = new Label();
        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(viewModel.idProperty().get() == 0
                ? "catalog.form.new" : "catalog.form.edit"), viewModel.idProperty()));
        Label told = new Label();
        told.setId("catalog-product-told");
        told.setWrapText(true);
        told.textProperty().bind(Bindings.when(viewModel.errorProperty().isEmpty())
                .then(viewModel.savedProperty()).otherwise(viewModel.errorProperty()));
        VBox form = new VBox(10, heading, grid, new HBox(6, save, clear), told);
        form.setPadding(new Insets(10));
        form.setPrefWidth(420);
        setCenter(table);
        setRight(form);
    }
}
