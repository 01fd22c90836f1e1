package org.salondesk.ui.schedules;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.NoticeBar;

/**
 * The schedules screen: a branch's masters on the left, the chosen master's template, patterns, dated shifts, days
 * off, breaks and copying in the middle, her month of working time on the right. When a change would strand
 * bookings, the conflicts dialog opens before anything is written.
 */
public final class SchedulesView extends BorderPane {

    private final SchedulesViewModel viewModel;
    private final SchedulePanels panels;

    public SchedulesView(SchedulesViewModel viewModel) {
        this.viewModel = viewModel;
        this.panels = new SchedulePanels(viewModel);
        getStyleClass().add("schedules-screen");
        createView();
        initListeners();
    }

    private void createView() {
        setLeft(createMasters());
        TabPane tabs = new TabPane(
                tab("schedules.tab.week", panels.week()),
                tab("schedules.tab.rotation", panels.rotations()),
                tab("schedules.tab.dated", panels.datedShifts()),
                tab("schedules.tab.daysOff", panels.daysOff()),
                tab("schedules.tab.breaks", panels.breaks()),
                tab("schedules.tab.copy", panels.copy()));
        tabs.setId("schedules-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ErrorBanner error = new ErrorBanner("schedules-error", viewModel.errorProperty());
        VBox forms = new VBox(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // The forms keep the width their words and every tab need; the month takes what is left, and gives way.
        forms.setMinWidth(Region.USE_PREF_SIZE);
        forms.setMaxWidth(Region.USE_PREF_SIZE);
        ScheduleMonthView month = new ScheduleMonthView(viewModel);
        HBox.setHgrow(month, Priority.ALWAYS);
        setCenter(new HBox(forms, month));
        setBottom(new NoticeBar(viewModel.notices(), error));
    }

    private static Tab tab(String titleKey, Node content) {
        Tab tab = new Tab(Messages.get(titleKey), content);
        tab.setId("tab-" + titleKey.substring(titleKey.lastIndexOf('.') + 1));
        return tab;
    }

    private Node createMasters() {
        ComboBox<CompanyInfo> branch = new ComboBox<>(viewModel.branches());
        branch.setId("schedules-branch");
        branch.setConverter(Converters.of(CompanyInfo::name));
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());
        branch.setMaxWidth(Double.MAX_VALUE);
        ListView<EmployeeInfo> masters = new ListView<>(viewModel.masters());
        masters.setId("schedules-masters");
        masters.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EmployeeInfo master, boolean empty) {
                super.updateItem(master, empty);
                setText(empty || master == null ? null
                        : master.name() + (master.jobTitle() == null ? "" : "\n" + master.jobTitle()));
            }
        });
        masters.getSelectionModel().selectedItemProperty().addListener((obs, old, master) -> {
            if (master != null) {
                viewModel.masterProperty().set(master);
            }
        });
        viewModel.masterProperty().addListener((obs, old, master) -> masters.getSelectionModel().select(master));
        viewModel.masters().addListener((ListChangeListener<EmployeeInfo>) change ->
                masters.getSelectionModel().select(viewModel.masterProperty().get()));
        VBox box = new VBox(8, branch, masters);
        VBox.setVgrow(masters, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        box.setPrefWidth(215);
        return box;
    }

    private void initListeners() {
        viewModel.conflictsProperty().addListener((obs, old, conflicts) -> {
            if (conflicts == null || getScene() == null) {
                return;
            }
            ConflictsView dialog = new ConflictsView(conflicts, getScene().getWindow());
            dialog.setOnHidden(event -> viewModel.conflictsClosed(Boolean.TRUE.equals(dialog.getResult())));
            dialog.show();
        });
    }
}
