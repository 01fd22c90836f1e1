package org.salondesk.ui.catalog;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.LongProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.salondesk.catalog.BranchRow;
import org.salondesk.catalog.CategoryRow;
import org.salondesk.catalog.JobTitleRow;
import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.NumberText;
import org.salondesk.ui.common.ProblemMarks;
import org.salondesk.ui.common.TextColumns;

/** The catalogue screen: a branch, and tabs for services, masters, the matrix, categories, job titles and products. */
public final class CatalogView extends BorderPane {

    private final CatalogViewModel viewModel;

    public CatalogView(CatalogViewModel viewModel, ProductsViewModel products) {
        this.viewModel = viewModel;
        getStyleClass().add("catalog-screen");
        ComboBox<BranchRow> branch = new ComboBox<>(viewModel.branches());
        branch.setId("catalog-branch");
        branch.setConverter(Converters.of(BranchRow::name));
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());
        HBox top = new HBox(8, new Label(Messages.get("catalog.branch")), branch);
        top.setPadding(new Insets(8));
        TabPane tabs = new TabPane(
                tab("services", servicesTab()),
                tab("masters", mastersTab()),
                tab("matrix", new MatrixPane(viewModel)),
                tab("categories", namedTab("categories", viewModel.categories(), CategoryRow::name,
                        category -> viewModel.categoryForm().edit(category.id(), category.name(),
                                category.description()), viewModel.categoryForm(), viewModel::saveCategory)),
                tab("jobTitles", namedTab("jobTitles", viewModel.jobTitles(), JobTitleRow::name,
                        title -> viewModel.jobTitleForm().edit(title.id(), title.name(),
                                title.description()), viewModel.jobTitleForm(), viewModel::saveJobTitle)),
                tab("resources", new ResourcesPane(viewModel)),
                tab("products", new ProductsView(products)));
        tabs.setId("catalog-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(top);
        setCenter(tabs);
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("catalog-error", viewModel.errorProperty())));
    }

    private static Tab tab(String name, Node content) {
        Tab tab = new Tab(Messages.get("catalog.tab." + name), content);
        tab.setId("catalog-tab-" + name);
        return tab;
    }

    private Node servicesTab() {
        TableView<ServiceRow> table = new TableView<>(viewModel.services());
        table.setId("catalog-services");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("catalog.column.title", 220, ServiceRow::title));
        table.getColumns().add(TextColumns.of("catalog.column.category", 140, service -> viewModel.categories()
                .stream().filter(c -> Objects.equals(c.id(), service.categoryId())).map(CategoryRow::name)
                .findFirst().orElse("")));
        NumberText numbers = NumberText.desk();
        table.getColumns().add(TextColumns.of("catalog.column.price", 90, service ->
                numbers.format(service.price())));
        table.getColumns().add(TextColumns.of("catalog.column.duration", 80, service ->
                Messages.get("catalog.minutes", service.durationMinutes())));
        table.getColumns().add(TextColumns.of("catalog.column.active", 90, service -> active(service.active())));
        ColumnSizing.atLeastContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, service) -> {
            if (service != null) {
                viewModel.editService(service, viewModel.categories().stream()
                        .filter(c -> Objects.equals(c.id(), service.categoryId())).findFirst().orElse(null));
            }
        });
        ServiceForm form = viewModel.serviceForm();
        TextField title = BoundFields.text("catalog-service-title", form.title());
        TextField description = BoundFields.text("catalog-service-description", form.description());
        TextField price = BoundFields.number("catalog-service-price", form.price());
        TextField duration = BoundFields.number("catalog-service-duration", form.duration());
        ComboBox<CategoryRow> category = new ComboBox<>(viewModel.categories());
        category.setId("catalog-service-category");
        category.setConverter(Converters.of(CategoryRow::name));
        category.valueProperty().bindBidirectional(form.categoryProperty());
        FormGrid grid = new FormGrid()
                .row(Messages.get("catalog.field.title"), title)
                .row(Messages.get("catalog.field.description"), description)
                .row(Messages.get("catalog.field.price"), price)
                .row(Messages.get("catalog.field.duration"), duration)
                .row(Messages.get("catalog.field.category"), category)
                .row(Messages.get("catalog.field.commissionPercent"),
                        BoundFields.number("catalog-service-commission-percent", form.commissionPercent()))
                .row(Messages.get("catalog.field.commissionAmount"),
                        BoundFields.number("catalog-service-commission-amount", form.commissionAmount()));
        Button save = saveButton("catalog-service-save", form.markedProperty(), viewModel::saveService);
        Button clear = new Button(Messages.get("catalog.new"));
        clear.setId("catalog-service-new");
        clear.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            form.clear();
        });
        Button block = blockButton("catalog-service-block", table, ServiceRow::active,
                service -> viewModel.setServiceActive(service, !service.active()));
        return split(table, heading(form.idProperty()), grid, new PhasesPane(form.phases(), viewModel.resourcesTab().rows()),
                new HBox(6, save, clear, block));
    }

    private Node mastersTab() {
        TableView<MasterRow> table = new TableView<>(viewModel.masters());
        table.setId("catalog-masters");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("catalog.column.name", 220, MasterRow::name));
        table.getColumns().add(TextColumns.of("catalog.column.jobTitle", 160, master -> viewModel.jobTitles().stream()
                .filter(t -> Objects.equals(t.id(), master.jobTitleId())).map(JobTitleRow::name).findFirst().orElse("")));
        table.getColumns().add(TextColumns.of("catalog.column.active", 90, master -> active(master.active())));
        ColumnSizing.atLeastContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, master) -> {
            if (master != null) {
                viewModel.editMaster(master, viewModel.jobTitles().stream()
                        .filter(t -> Objects.equals(t.id(), master.jobTitleId())).findFirst().orElse(null));
            }
        });
        MasterForm form = viewModel.masterForm();
        TextField name = BoundFields.text("catalog-master-name", form.name());
        TextField information = BoundFields.text("catalog-master-information", form.information());
        ComboBox<JobTitleRow> jobTitle = new ComboBox<>(viewModel.jobTitles());
        jobTitle.setId("catalog-master-job-title");
        jobTitle.setConverter(Converters.of(JobTitleRow::name));
        jobTitle.valueProperty().bindBidirectional(form.jobTitleProperty());
        ImageView photo = new ImageView();
        photo.setId("catalog-master-photo");
        photo.setFitWidth(96);
        photo.setFitHeight(96);
        photo.setPreserveRatio(true);
        photo.imageProperty().bind(Bindings.createObjectBinding(() -> form.photoProperty().get() == null ? null
                : new Image(new ByteArrayInputStream(form.photoProperty().get())), form.photoProperty()));
        Button choosePhoto = new Button(Messages.get("catalog.photo.choose"));
        choosePhoto.setId("catalog-master-photo-choose");
        choosePhoto.setOnAction(event -> choosePhoto(form));
        Button removePhoto = new Button(Messages.get("catalog.photo.remove"));
        removePhoto.setId("catalog-master-photo-remove");
        removePhoto.setOnAction(event -> form.choosePhoto(null));
        ProblemMarks.bind(choosePhoto, form.photoProblem());
        FormGrid grid = new FormGrid()
                .row(Messages.get("catalog.field.name"), name)
                .row(Messages.get("catalog.field.information"), information)
                .row(Messages.get("catalog.field.jobTitle"), jobTitle)
                .row(Messages.get("catalog.field.dailyRate"),
                        BoundFields.number("catalog-master-daily-rate", form.dailyRate()))
                .row(Messages.get("catalog.field.photo"), new HBox(8, photo, new VBox(6, choosePhoto, removePhoto)));
        Button save = saveButton("catalog-master-save", form.markedProperty(), viewModel::saveMaster);
        Button clear = new Button(Messages.get("catalog.new"));
        clear.setId("catalog-master-new");
        clear.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            form.clear();
        });
        Button block = blockButton("catalog-master-block", table, MasterRow::active,
                master -> viewModel.setMasterActive(master, !master.active()));
        return split(table, heading(form.idProperty()), grid, new HBox(6, save, clear, block));
    }

    private <T> Node namedTab(String name, ObservableList<T> items,
                              Function<T, String> label, Consumer<T> edit, NamedForm form,
                              Runnable save) {
        TableView<T> table = new TableView<>(items);
        table.setId("catalog-" + name);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("catalog.column.name", 260, label));
        ColumnSizing.atLeastContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                edit.accept(item);
            }
        });
        TextField nameField = BoundFields.text("catalog-" + name + "-name", form.name());
        TextField description = BoundFields.text("catalog-" + name + "-description", form.description());
        FormGrid grid = new FormGrid()
                .row(Messages.get("catalog.field.name"), nameField)
                .row(Messages.get("catalog.field.description"), description);
        Button saveButton = saveButton("catalog-" + name + "-save", form.markedProperty(), save);
        Button clear = new Button(Messages.get("catalog.new"));
        clear.setId("catalog-" + name + "-new");
        clear.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            form.clear();
        });
        return split(table, heading(form.idProperty()), grid, new HBox(6, saveButton, clear));
    }

    static Label heading(LongProperty id) {
        Label heading = new Label();
        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(id.get() == 0
                ? "catalog.form.new" : "catalog.form.edit"), id));
        return heading;
    }

    static BorderPane split(Node list, Node... form) {
        VBox right = new VBox(10, form);
        right.setPadding(new Insets(10));
        right.setPrefWidth(420);
        BorderPane pane = new BorderPane(list);
        pane.setRight(right);
        return pane;
    }

    static Button saveButton(String id, ObservableBooleanValue disabled, Runnable save) {
        Button button = new Button(Messages.get("catalog.save"));
        button.setId(id);
        button.setDefaultButton(true);
        button.disableProperty().bind(BooleanExpression.booleanExpression(disabled));
        button.setOnAction(event -> save.run());
        return button;
    }

    static <T> Button blockButton(String id, TableView<T> table, Predicate<T> active,
                                          Consumer<T> toggle) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Bindings.createStringBinding(() -> {
            T chosen = table.getSelectionModel().getSelectedItem();
            return Messages.get(chosen != null && !active.test(chosen) ? "catalog.unblock" : "catalog.block");
        }, table.getSelectionModel().selectedItemProperty(), table.getItems()));
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(event -> toggle.accept(table.getSelectionModel().getSelectedItem()));
        return button;
    }


    private static String active(boolean active) {
        return Messages.get(active ? "catalog.active" : "catalog.blocked");
    }

    private void choosePhoto(MasterForm form) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("catalog.photo.files"),
                "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            try {
                form.choosePhoto(Files.readAllBytes(file.toPath()));
            } catch (IOException e) {
                viewModel.notices().post(Notice.error(Messages.get("catalog.photo.unreadable",
                        file.getName())));
            }
        }
    }
}
