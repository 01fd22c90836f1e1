package org.salondesk.ui.catalog;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.salondesk.availability.ServiceNeed;
import org.salondesk.catalog.ResourceRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.FormGrid;

/**
 * The service form's processing and resources (decision 0033): the two windows' minutes, and the resources it takes
 * as a short list with a resource and phase chosen to add one.
 */
final class PhasesPane extends VBox {

    PhasesPane(PhasesForm form, ObservableList<ResourceRow> resources) {
        super(6);
        TextField before = BoundFields.number("catalog-service-busy-before", form.busyBefore());
        TextField processing = BoundFields.number("catalog-service-processing", form.processing());
        before.setPromptText("0");
        processing.setPromptText("0");
        FormGrid grid = new FormGrid()
                .row(Messages.get("catalog.field.busyBefore"), before)
                .row(Messages.get("catalog.field.processing"), processing);
        ListView<PhasesForm.Need> needs = new ListView<>(form.needList());
        needs.setId("catalog-service-needs");
        needs.setPrefHeight(86);
        needs.setPlaceholder(new Label(Messages.get("catalog.needs.none")));
        needs.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PhasesForm.Need item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        ComboBox<ResourceRow> resource = new ComboBox<>(resources.filtered(ResourceRow::active));
        resource.setId("catalog-service-need-resource");
        resource.setPromptText(Messages.get("catalog.needs.resource"));
        resource.setConverter(Converters.of(ResourceRow::name));
        ComboBox<ServiceNeed.Phase> phase = new ComboBox<>(
                FXCollections.observableArrayList(ServiceNeed.Phase.values()));
        phase.setId("catalog-service-need-phase");
        phase.setConverter(Converters.of(value -> Messages.get("catalog.phase." + value.name())));
        phase.setValue(ServiceNeed.Phase.WHOLE);
        Button add = new Button(Messages.get("catalog.needs.add"));
        add.setId("catalog-service-need-add");
        add.disableProperty().bind(resource.valueProperty().isNull().or(phase.valueProperty().isNull()));
        add.setOnAction(event -> form.addNeed(resource.getValue(), phase.getValue()));
        Button remove = new Button(Messages.get("catalog.needs.remove"));
        remove.setId("catalog-service-need-remove");
        remove.disableProperty().bind(Bindings.isNull(needs.getSelectionModel().selectedItemProperty()));
        remove.setOnAction(event -> form.removeNeed(needs.getSelectionModel().getSelectedItem()));
        HBox.setHgrow(resource, Priority.ALWAYS);
        resource.setMaxWidth(Double.MAX_VALUE);
        phase.setMinWidth(170);
        HBox choose = new HBox(6, resource, phase);
        choose.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, add, remove);
        Label title = new Label(Messages.get("catalog.needs.title"));
        title.getStyleClass().add("pane-title");
        getChildren().addAll(grid, title, needs, choose, buttons);
    }
}
