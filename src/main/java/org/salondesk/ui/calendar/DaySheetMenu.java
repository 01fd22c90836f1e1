package org.salondesk.ui.calendar;

import java.io.File;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;

import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;

/** The calendar's "Day sheet" menu: print the day, or save it as PDF, for all masters or one. */
final class DaySheetMenu extends MenuButton {

    private final DaySheetViewModel viewModel;

    DaySheetMenu(DaySheetViewModel viewModel) {
        super(Messages.get("daySheet.menu"));
        this.viewModel = viewModel;
        setId("calendar-day-sheet");
        setOnShowing(event -> viewModel.readMasters());
        viewModel.masters().addListener((javafx.collections.ListChangeListener<EmployeeInfo>) change -> fill());
        fill();
    }

    private void fill() {
        getItems().clear();
        getItems().add(item("day-sheet-print-all", Messages.get("daySheet.printAll"), () -> viewModel.print(null)));
        for (EmployeeInfo master : viewModel.masters()) {
            getItems().add(item("day-sheet-print-" + master.id(), Messages.get("daySheet.printOne", master.name()),
                    () -> viewModel.print(master.id())));
        }
        getItems().add(new SeparatorMenuItem());
        getItems().add(item("day-sheet-pdf-all", Messages.get("daySheet.saveAll"), () -> save(null)));
        for (EmployeeInfo master : viewModel.masters()) {
            getItems().add(item("day-sheet-pdf-" + master.id(), Messages.get("daySheet.saveOne", master.name()),
                    () -> save(master.id())));
        }
    }

    private void save(Long masterId) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("daySheet.saveAll"));
        chooser.setInitialFileName("day-" + viewModel.day() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.save(masterId, file.toPath());
        }
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
