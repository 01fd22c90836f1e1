package org.salondesk.ui.calendar;

import com.calendarfx.model.Resource;
import com.calendarfx.view.ResourcesView;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

import org.salondesk.booking.EmployeeInfo;

/**
 * The middle of the calendar screen: the masters' columns, and over them the month grid, the resources' columns and
 * the spinner. Those three are made the first time they are shown, so that the desk's start builds and styles only
 * the day it shows (decision 0038).
 */
final class CalendarCentre extends StackPane {

    private final CalendarViewModel viewModel;
    private final ResourcesView<Resource<EmployeeInfo>> masters;
    private MonthGrid month;
    private ResourcesView<?> byResource;
    private ProgressIndicator spinner;

    CalendarCentre(CalendarViewModel viewModel, ResourcesView<Resource<EmployeeInfo>> masters, Node overlay) {
        this.viewModel = viewModel;
        this.masters = masters;
        masters.visibleProperty().bind(viewModel.modeProperty().isNotEqualTo(CalendarMode.MONTH)
                .and(viewModel.resourceColumns().shownProperty().not()));
        // A hidden layout must not size the screen: the day columns of a month would push the window's edges out.
        masters.managedProperty().bind(masters.visibleProperty());
        getChildren().setAll(masters, overlay);
        // Placing the first day sets loading and clears it at once: the spinner is made for a read still going.
        viewModel.loadingProperty().addListener((obs, was, loading) -> {
            if (loading && spinner == null) {
                Platform.runLater(() -> {
                    if (viewModel.loadingProperty().get()) {
                        spinner();
                    }
                });
            }
        });
        viewModel.resourceColumns().shownProperty().addListener((obs, old, shown) -> {
            if (shown) {
                resourceColumns();
            }
        });
        if (viewModel.resourceColumns().shownProperty().get()) {
            resourceColumns();
        }
        // Many masters in a narrow window: their columns get narrow, the toolbar and the panels stay on screen.
        setMinSize(0, 0);
        masters.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /** The month grid, made now if the month was never shown. */
    MonthGrid monthGrid() {
        if (month == null) {
            month = new MonthGrid(viewModel::showDay);
            month.visibleProperty().bind(viewModel.modeProperty().isEqualTo(CalendarMode.MONTH));
            month.managedProperty().bind(month.visibleProperty());
            getChildren().add(1, month);
        }
        return month;
    }

    private void resourceColumns() {
        if (byResource == null) {
            byResource = new ResourceColumns(viewModel, masters).view();
            byResource.visibleProperty().bind(viewModel.resourceColumns().shownProperty());
            byResource.managedProperty().bind(byResource.visibleProperty());
            getChildren().add(1, byResource);
        }
    }

    private void spinner() {
        if (spinner == null) {
            spinner = new ProgressIndicator();
            spinner.setId("calendar-loading");
            spinner.setMaxSize(40, 40);
            spinner.visibleProperty().bind(viewModel.loadingProperty());
            spinner.setMouseTransparent(true);
            StackPane.setAlignment(spinner, Pos.TOP_RIGHT);
            StackPane.setMargin(spinner, new Insets(8, 24, 8, 8));
            getChildren().add(spinner);
        }
    }
}
