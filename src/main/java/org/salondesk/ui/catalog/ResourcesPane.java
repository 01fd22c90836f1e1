package org.salondesk.ui.catalog;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.salondesk.catalog.ResourceRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.TextColumns;

/** The catalogue's resources tab: the branch's rooms, chairs, basins and equipment, and a form for one. */
final class ResourcesPane extends BorderPane {

    ResourcesPane(CatalogViewModel viewModel) {
        TableView<ResourceRow> table = new TableView<>(viewModel.resourcesTab().rows());
        table.setId("catalog-resources");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("catalog.column.name", 220, ResourceRow::name));
        table.getColumns().add(TextColumns.of("catalog.column.quantity", 90, row -> String.valueOf(row.quantity())));
        table.getColumns().add(TextColumns.of("catalog.column.inUse", 90, row ->
                Messages.get(row.active() ? "catalog.active" : "catalog.resource.outOfUse")));
        ColumnSizing.atLeastContent(table);
        table.setPlaceholder(new Label(Messages.get("catalog.resource.none")));
        ResourceForm form = viewModel.resourcesTab().form();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                form.edit(row);
            }
        });
        FormGrid grid = new FormGrid()
                .row(Messages.get("catalog.field.resourceName"), BoundFields.text("catalog-resource-name", form.name()))
                .row(Messages.get("catalog.field.quantity"),
                        BoundFields.number("catalog-resource-quantity", form.quantity()));
        Button save = CatalogView.saveButton("catalog-resource-save", form.markedProperty(), viewModel::saveResource);
        Button clear = new Button(Messages.get("catalog.new"));
        clear.setId("catalog-resource-new");
        clear.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            form.clear();
        });
        Button block = CatalogView.blockButton("catalog-resource-block", table, ResourceRow::active,
                row -> viewModel.resourcesTab().setActive(row, !row.active()));
        block.textProperty().unbind();
        block.textProperty().bind(Bindings.createStringBinding(() -> {
            ResourceRow chosen = table.getSelectionModel().getSelectedItem();
            return Messages.get(chosen != null && !chosen.active() ? "catalog.resource.backInUse"
                    : "catalog.resource.takeOut");
        }, table.getSelectionModel().selectedItemProperty(), table.getItems()));
        Label hint = new Label(Messages.get("catalog.resource.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("matrix-hint");
        setCenter(CatalogView.split(table, CatalogView.heading(form.idProperty()), grid,
                new HBox(6, save, clear, block), hint));
    }
}
