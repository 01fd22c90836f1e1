package org.salondesk.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.salondesk.catalog.BranchRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.ProblemMarks;
import org.salondesk.ui.common.TimeFields;
import org.salondesk.ui.common.ZonePicker;

/**
 * The settings screen: the branch's settings (one form, checked in place, saved together) and, on tabs of their own
 * since they concern the whole database rather than a branch, its backups, the rules of every desk and online
 * booking.
 */
public final class SettingsView extends BorderPane {

    public SettingsView(SettingsViewModel viewModel, Node backups, Node desks, Node online) {
        getStyleClass().add("settings-screen");
        ComboBox<BranchRow> branch = new ComboBox<>(viewModel.branches());
        branch.setId("settings-branch");
        branch.setConverter(Converters.of(BranchRow::name));
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());

        TextField opens = TimeFields.of("settings-opens", viewModel.opensProperty());
        TextField closes = TimeFields.of("settings-closes", viewModel.closesProperty());
        ProblemMarks.bind(closes, viewModel.hoursProblem());
        HBox hours = new HBox(6, opens, new Label("–"), closes);
        hours.setAlignment(Pos.CENTER_LEFT);
        CheckBox callBack = new CheckBox(Messages.get("settings.callBack"));
        callBack.setId("settings-call-back");
        callBack.selectedProperty().bindBidirectional(viewModel.callBackAfterNoShowProperty());
        CheckBox confirm = new CheckBox(Messages.get("settings.confirm"));
        confirm.setId("settings-confirm");
        confirm.selectedProperty().bindBidirectional(viewModel.confirmDayBeforeProperty());
        callBack.setWrapText(true);
        confirm.setWrapText(true);

        FormGrid grid = new FormGrid()
                .row(Messages.get("settings.branch"), branch)
                .row(Messages.get("settings.name"), BoundFields.text("settings-name", viewModel.name()))
                .row(Messages.get("settings.address"), BoundFields.text("settings-address", viewModel.address()))
                .row(Messages.get("settings.timeZone"), ZonePicker.of("settings-time-zone",
                        viewModel.zones(), viewModel.timeZoneProperty(), viewModel.zoneProblem()))
                .row(Messages.get("settings.slotInterval"), BoundFields.number("settings-slot-interval",
                        viewModel.slotInterval()))
                .row(Messages.get("settings.lead"), BoundFields.number("settings-lead", viewModel.leadMinutes()))
                .row(Messages.get("settings.daysAhead"), BoundFields.number("settings-days-ahead",
                        viewModel.daysAhead()))
                .row(Messages.get("settings.hours"), hours)
                .row(Messages.get("settings.tasks"), new VBox(6, callBack, confirm))
                .row(Messages.get("settings.followUp"), BoundFields.number("settings-follow-up",
                        viewModel.followUpDays()))
                .row(Messages.get("settings.suggestBlock"), BoundFields.number("settings-suggest-block",
                        viewModel.suggestBlockAfter()));
        Button save = new Button(Messages.get("settings.save"));
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.markedProperty());
        save.setOnAction(event -> viewModel.save());
        Label help = new Label(Messages.get("settings.help"));
        help.setWrapText(true);
        VBox form = new VBox(12, help, grid, save);
        form.setPadding(new Insets(12));
        form.setMaxWidth(720);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        BorderPane branchSettings = new BorderPane(scroll);
        branchSettings.setBottom(new NoticeBar(viewModel.notices(),
                new ErrorBanner("settings-error", viewModel.errorProperty())));
        TabPane tabs = new TabPane(tab("settings-tab-branch", "settings.tab.branch", branchSettings),
                tab("settings-tab-backups", "settings.tab.backups", backups),
                tab("settings-tab-desks", "settings.tab.desks", desks),
                tab("settings-tab-online", "settings.tab.online", online));
        tabs.setId("settings-tabs");
        setCenter(tabs);
    }

    private static Tab tab(String id, String titleKey, Node content) {
        Tab tab = new Tab(Messages.get(titleKey), content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}
