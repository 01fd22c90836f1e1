package org.salondesk.ui.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.controlsfx.control.SegmentedButton;
import org.salondesk.catalog.CategoryRow;
import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.Provision;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.NumberText;

/**
 * The master × service matrix: a tick for each service a master provides (blocked ones left out); a yellow tick has her
 * own terms, and the cell chosen shows them below for editing.
 */
final class MatrixPane extends BorderPane {

    private static final String CHOSEN = "chosen";

    private final CatalogViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final Map<String, StackPane> cells = new HashMap<>();
    private final SegmentedButton categoryButtons = new SegmentedButton();
    private boolean rebuildPending;
    private boolean fillingCategories;
    private List<String> categoryNames;

    MatrixPane(CatalogViewModel viewModel) {
        this.viewModel = viewModel;
        grid.setId("catalog-matrix");
        grid.setHgap(4);
        grid.setVgap(2);
        grid.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(grid);
        setTop(categories());
        setCenter(scroll);
        setBottom(ownTerms());
        viewModel.masters().addListener((ListChangeListener<MasterRow>) change -> rebuildLater());
        viewModel.matrixServices().addListener((ListChangeListener<ServiceRow>) change -> rebuildLater());
        viewModel.matrix().addListener((MapChangeListener<String, Provision>) change -> rebuildLater());
        viewModel.ownTerms().masterProperty().addListener((obs, old, now) -> markChosen());
        viewModel.ownTerms().serviceProperty().addListener((obs, old, now) -> markChosen());
    }

    /** A reload changes the matrix cell by cell; the grid is drawn once after all of them. */
    private void rebuildLater() {
        if (!rebuildPending) {
            rebuildPending = true;
            Platform.runLater(() -> {
                rebuildPending = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        boolean hadFocus = getScene() != null && getScene().getFocusOwner() instanceof CheckBox focused
                && grid.getChildren().contains(focused.getParent());
        grid.getChildren().clear();
        cells.clear();
        int column = 1;
        for (ServiceRow service : viewModel.matrixServices()) {
            Label title = new Label(service.title());
            title.setWrapText(true);
            title.setMaxWidth(Math.max(90, widestWord(title)));
            title.setTextAlignment(TextAlignment.CENTER);
            GridPane.setHalignment(title, HPos.CENTER);
            GridPane.setValignment(title, VPos.BOTTOM);
            grid.add(title, column++, 0);
        }
        int row = 1;
        for (MasterRow master : viewModel.masters()) {
            if (!master.active()) {
                continue;
            }
            grid.add(new Label(master.name()), 0, row);
            column = 1;
            for (ServiceRow service : viewModel.matrixServices()) {
                grid.add(cell(master, service), column++, row);
            }
            row++;
        }
        markChosen();
        StackPane chosen = cells.get(chosenKey());
        if (hadFocus && chosen != null) {
            chosen.getChildren().get(0).requestFocus();
        }
    }

    /** One button per category, and All: a salon with many services sees one category's columns at a time. */
    private HBox categories() {
        categoryButtons.setId("matrix-categories");
        fillCategories();
        viewModel.categories().addListener((ListChangeListener<CategoryRow>) change -> fillCategories());
        viewModel.matrixCategoryProperty().addListener((obs, old, now) -> categoryButtons.getButtons().stream()
                .filter(button -> button.getId().equals(now == null ? "matrix-category-all"
                        : "matrix-category-" + now.id())).findFirst().ifPresent(button -> button.setSelected(true)));
        // a second click on the chosen button leaves none chosen: the matrix then shows all, and so do the buttons
        // (while the buttons are drawn again, the old chosen one leaving the group is not such a click)
        categoryButtons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && !fillingCategories) {
                viewModel.matrixCategoryProperty().set(null);
                categoryButtons.getButtons().get(0).setSelected(true);
            }
        });
        HBox bar = new HBox(8, new Label(Messages.get("catalog.matrix.category")), categoryButtons);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 0, 8));
        return bar;
    }

    /** Draws the buttons again only when the categories themselves changed, not on every reload of the catalogue. */
    private void fillCategories() {
        List<String> names = viewModel.categories().stream().map(c -> c.id() + ":" + c.name()).toList();
        if (names.equals(categoryNames)) {
            return;
        }
        categoryNames = names;
        fillingCategories = true;
        ToggleGroup group = categoryButtons.getToggleGroup();
        categoryButtons.getButtons().forEach(button -> button.setToggleGroup(null));
        CategoryRow chosen = viewModel.matrixCategoryProperty().get();
        ToggleButton all = new ToggleButton(Messages.get("catalog.matrix.all"));
        all.setId("matrix-category-all");
        all.setOnAction(event -> viewModel.matrixCategoryProperty().set(null));
        List<ToggleButton> buttons = new ArrayList<>(List.of(all));
        ToggleButton selected = all;
        for (CategoryRow category : viewModel.categories()) {
            ToggleButton button = new ToggleButton(category.name());
            button.setId("matrix-category-" + category.id());
            button.setOnAction(event -> viewModel.matrixCategoryProperty().set(category));
            buttons.add(button);
            if (chosen != null && chosen.id() == category.id()) {
                selected = button;
            }
        }
        buttons.forEach(button -> button.setToggleGroup(group));
        categoryButtons.getButtons().setAll(buttons);
        selected.setSelected(true);
        fillingCategories = false;
    }

    /** A tick in a cell: the tick says whether she provides the service; a click beside it chooses the cell. */
    private StackPane cell(MasterRow master, ServiceRow service) {
        String key = CatalogViewModel.key(master.id(), service.id());
        Provision provision = viewModel.matrix().get(key);
        CheckBox tick = new CheckBox();
        tick.setId("matrix-" + master.id() + "-" + service.id());
        tick.setSelected(provision != null);
        if (provision != null && (provision.ownPrice() != null || provision.ownDurationMinutes() != null)) {
            NumberText numbers = NumberText.desk();
            tick.setTooltip(new Tooltip(Messages.get("catalog.matrix.own", provision.ownPrice() == null ? "—"
                    : numbers.format(provision.ownPrice()), provision.ownDurationMinutes() == null ? "—"
                    : numbers.format(provision.ownDurationMinutes()))));
            tick.getStyleClass().add("own-terms");
        }
        tick.setOnAction(event -> viewModel.setProvides(master, service, tick.isSelected()));
        tick.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                viewModel.pickCell(master, service);
            }
        });
        StackPane cell = new StackPane(tick);
        cell.setId("matrix-cell-" + master.id() + "-" + service.id());
        cell.getStyleClass().add("matrix-cell");
        // the tick takes the focus, so the keys go on from the cell chosen (and not the whole matrix framed)
        cell.setOnMouseClicked(event -> {
            tick.requestFocus();
            viewModel.pickCell(master, service);
        });
        cells.put(key, cell);
        return cell;
    }

    private String chosenKey() {
        MasterRow master = viewModel.ownTerms().masterProperty().get();
        ServiceRow service = viewModel.ownTerms().serviceProperty().get();
        return master == null || service == null ? "" : CatalogViewModel.key(master.id(), service.id());
    }

    private void markChosen() {
        String chosen = chosenKey();
        cells.forEach((key, cell) -> {
            cell.getStyleClass().remove(CHOSEN);
            if (key.equals(chosen)) {
                cell.getStyleClass().add(CHOSEN);
            }
        });
    }

    /** Wrapping a header between words only: a column is at least as wide as the longest word of its title. */
    private static double widestWord(Label title) {
        double widest = 0;
        for (String word : title.getText().split("\\s+")) {
            Text probe = new Text(word);
            probe.setFont(title.getFont());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 2;
    }

    private VBox ownTerms() {
        OwnTermsForm form = viewModel.ownTerms();
        ComboBox<MasterRow> master = new ComboBox<>(viewModel.masters().filtered(MasterRow::active));
        master.setId("matrix-own-master");
        master.setPromptText(Messages.get("catalog.matrix.master"));
        master.setConverter(Converters.of(MasterRow::name));
        master.valueProperty().bindBidirectional(form.masterProperty());
        ComboBox<ServiceRow> service = new ComboBox<>(viewModel.services().filtered(ServiceRow::active));
        service.setId("matrix-own-service");
        service.setPromptText(Messages.get("catalog.matrix.service"));
        service.setConverter(Converters.of(ServiceRow::title));
        service.valueProperty().bindBidirectional(form.serviceProperty());
        TextField price = BoundFields.number("matrix-own-price", form.price());
        price.setPromptText(Messages.get("catalog.matrix.price"));
        price.setPrefColumnCount(7);
        TextField duration = BoundFields.number("matrix-own-duration", form.duration());
        duration.setPromptText(Messages.get("catalog.matrix.duration"));
        duration.setPrefColumnCount(5);
        TextField before = BoundFields.number("matrix-own-busy-before", form.busyBefore());
        before.setPromptText(Messages.get("catalog.matrix.busyBefore"));
        before.setPrefColumnCount(6);
        TextField processing = BoundFields.number("matrix-own-processing", form.processing());
        processing.setPromptText(Messages.get("catalog.matrix.processing"));
        processing.setPrefColumnCount(6);
        Button set = new Button(Messages.get("catalog.matrix.set"));
        set.setId("matrix-own-set");
        set.disableProperty().bind(form.settableProperty().not());
        set.setOnAction(event -> viewModel.setOwnTerms());
        HBox row = new HBox(8, new Label(Messages.get("catalog.matrix.ownTitle")), master, service, price, duration,
                before, processing, set);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("catalog.matrix.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("matrix-hint");
        VBox box = new VBox(6, row, hint);
        box.setPadding(new Insets(8));
        return box;
    }
}
