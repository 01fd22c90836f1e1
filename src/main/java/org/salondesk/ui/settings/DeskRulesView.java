package org.salondesk.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.NoticeBar;

/** The Desks tab of Settings: after how many idle minutes every desk locks itself, and whether PINs sign in. */
public final class DeskRulesView extends BorderPane {

    public DeskRulesView(DeskRulesViewModel viewModel) {
        CheckBox pins = new CheckBox(Messages.get("settings.desks.pins"));
        pins.setId("settings-pins-allowed");
        pins.setWrapText(true);
        pins.selectedProperty().bindBidirectional(viewModel.pinsAllowedProperty());
        FormGrid grid = new FormGrid().row(Messages.get("settings.desks.idleMinutes"),
                BoundFields.number("settings-idle-minutes", viewModel.idleMinutes()))
                .row(Messages.get("settings.desks.pinsLabel"), pins);
        Label help = new Label(Messages.get("settings.desks.help"));
        help.setWrapText(true);
        Button save = new Button(Messages.get("settings.save"));
        save.setId("settings-desks-save");
        save.setDefaultButton(true);
        save.setOnAction(event -> viewModel.save());
        VBox form = new VBox(12, help, grid, save);
        form.setPadding(new Insets(12));
        form.setMaxWidth(720);
        setCenter(form);
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("settings-desks-error",
                viewModel.errorProperty())));
    }
}
