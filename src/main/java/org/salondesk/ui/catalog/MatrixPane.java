package org.salondesk.ui.catalog;

import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

import org.salondesk.catalog.Employee;
import org.salondesk.catalog.Provision;
import org.salondesk.catalog.SalonService;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.Converters;

/**
 * The master × service matrix: a tick for each service a master provides (blocked ones left out), and below it her own
 * price and duration for one of them.
 */
final class MatrixPane extends BorderPane {

    private final CatalogViewModel viewModel;
    private final GridPane grid = new GridPane();

    MatrixPane(CatalogViewModel viewModel) {
        this.viewModel = viewModel;
        grid.setId("catalog-matrix");
        grid.setHgap(4);
        grid.setVgap(2);
        grid.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(grid);
        setCenter(scroll);
        setBottom(ownTerms());
        viewModel.masters().addListener((ListChangeListener<Employee>) change -> rebuild());
        viewModel.services().addListener((ListChangeListener<SalonService>) change -> rebuild());
        viewModel.matrix().addListener((MapChangeListener<String, Provision>) change -> rebuild());
    }

    private void rebuild() {
        grid.getChildren().clear();
        int column = 1;
        for (SalonService service : viewModel.services()) {
            if (!service.isActive()) {
                continue;
            }
            Label title = new Label(service.getTitle());
            title.setWrapText(true);
            title.setMaxWidth(90);
            title.setAlignment(Pos.BOTTOM_CENTER);
            grid.add(title, column++, 0);
        }
        int row = 1;
        for (Employee master : viewModel.masters()) {
            if (!master.isActive()) {
                continue;
            }
            grid.add(new Label(master.getName()), 0, row);
            column = 1;
            for (SalonService service : viewModel.services()) {
                if (!service.isActive()) {
                    continue;
                }
                Provision cell = viewModel.matrix().get(CatalogViewModel.key(master.getId(), service.getId()));
                CheckBox tick = new CheckBox();
                tick.setId("matrix-" + master.getId() + "-" + service.getId());
                tick.setSelected(cell != null);
                if (cell != null && (cell.ownPrice() != null || cell.ownDurationMinutes() != null)) {
                    tick.setTooltip(new Tooltip(Messages.get("catalog.matrix.own", cell.ownPrice() == null ? "—"
                            : cell.ownPrice().toPlainString(), cell.ownDurationMinutes() == null ? "—"
                            : cell.ownDurationMinutes())));
                    tick.getStyleClass().add("own-terms");
                }
                tick.setOnAction(event -> viewModel.setProvides(master, service, tick.isSelected()));
                GridPane.setHalignment(tick, HPos.CENTER);
                grid.add(tick, column++, row);
            }
            row++;
        }
    }

    private HBox ownTerms() {
        ComboBox<Employee> master = new ComboBox<>(viewModel.masters());
        master.setId("matrix-own-master");
        master.setConverter(Converters.of(Employee::getName));
        ComboBox<SalonService> service = new ComboBox<>(viewModel.services());
        service.setId("matrix-own-service");
        service.setConverter(Converters.of(SalonService::getTitle));
        TextField price = new TextField();
        price.setId("matrix-own-price");
        price.setPromptText(Messages.get("catalog.matrix.price"));
        price.setPrefColumnCount(7);
        TextField duration = new TextField();
        duration.setId("matrix-own-duration");
        duration.setPromptText(Messages.get("catalog.matrix.duration"));
        duration.setPrefColumnCount(5);
        Button set = new Button(Messages.get("catalog.matrix.set"));
        set.setId("matrix-own-set");
        set.disableProperty().bind(master.valueProperty().isNull().or(service.valueProperty().isNull()));
        set.setOnAction(event -> viewModel.setOwnTerms(master.getValue(), service.getValue(), price.getText(),
                duration.getText()));
        HBox box = new HBox(8, new Label(Messages.get("catalog.matrix.ownTitle")), master, service, price, duration,
                set);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8));
        return box;
    }
}
