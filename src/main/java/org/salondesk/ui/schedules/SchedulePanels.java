package org.salondesk.ui.schedules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.schedule.BreakRow;
import org.salondesk.schedule.DayOffRow;
import org.salondesk.schedule.RecurringBreakRow;
import org.salondesk.ui.common.ProblemMarks;
import org.salondesk.ui.common.TimeFields;

/** The tabs of the schedules screen, each a small form over a list; every button forwards to the ViewModel. */
final class SchedulePanels {

    private final SchedulesViewModel viewModel;

    SchedulePanels(SchedulesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    Node week() {
        GridPane grid = new GridPane();
        grid.setId("schedules-week");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (WeekdayRow day : viewModel.week()) {
                String name = day.day().name().toLowerCase(Locale.ROOT);
                Label label = new Label(day.day().getDisplayName(TextStyle.FULL_STANDALONE, Locale.getDefault()));
                label.setMinWidth(Region.USE_PREF_SIZE);
                CheckBox working = new CheckBox(Messages.get("schedules.working"));
                working.setMinWidth(Region.USE_PREF_SIZE);
                working.setId("week-working-" + name);
                working.selectedProperty().bindBidirectional(day.workingProperty());
                TextField start = TimeFields.of("week-start-" + name, day.startProperty());
                TextField end = TimeFields.of("week-end-" + name, day.endProperty());
                start.disableProperty().bind(working.selectedProperty().not());
                end.disableProperty().bind(working.selectedProperty().not());
                Button save = new Button(Messages.get("schedules.save"));
                save.setMinWidth(Region.USE_PREF_SIZE);
                save.setId("week-save-" + name);
                save.setOnAction(event -> viewModel.applyWeekday(day));
                grid.addRow(row++, label, working, start, new Label("–"), end, save);
            }
        };
        viewModel.week().addListener((ListChangeListener<WeekdayRow>) change -> fill.run());
        fill.run();
        return grid;
    }

    Node rotations() {
        RotationForm rotation = viewModel.rotationForm();
        DatePicker anchor = date("rotation-anchor", rotation.anchorProperty());
        Spinner<Integer> on = new Spinner<>(1, 30, rotation.daysOnProperty().get());
        on.setId("rotation-on");
        on.valueProperty().addListener((obs, old, value) -> rotation.daysOnProperty().set(value));
        Spinner<Integer> off = new Spinner<>(0, 30, rotation.daysOffProperty().get());
        off.setId("rotation-off");
        off.valueProperty().addListener((obs, old, value) -> rotation.daysOffProperty().set(value));
        DatePicker until = date("rotation-valid-to", rotation.validToProperty());
        until.setPromptText(Messages.get("schedules.open"));
        Button add = button("rotation-add", "schedules.add", viewModel::addRotation);
        Node form = form(new Label(Messages.get("schedules.from")), anchor, on, new Label(Messages.get("schedules.on")),
                off, new Label(Messages.get("schedules.off")),
                TimeFields.of("rotation-start", rotation.startProperty()), new Label("–"),
                TimeFields.of("rotation-end", rotation.endProperty()),
                new Label(Messages.get("schedules.until")), until, add);
        return panel("schedules.rotationHelp", form, list("rotations", viewModel.rotations(), row ->
                Messages.get("schedules.rotationLine", row.daysOn(), row.daysOff(), row.anchor(), row.start(),
                        row.end(), row.validTo() == null ? "…" : row.validTo().toString()),
                viewModel::removeRotation));
    }

    Node datedShifts() {
        HoursOnDateForm dated = viewModel.datedShiftForm();
        Node form = form(date("dated-date", dated.dateProperty()),
                TimeFields.of("dated-start", dated.startProperty()), new Label("–"),
                TimeFields.of("dated-end", dated.endProperty()),
                button("dated-add", "schedules.add", viewModel::addDatedShift));
        return panel("schedules.datedHelp", form, list("dated", viewModel.datedShifts(), shift ->
                shift.date() + "  " + Messages.time(shift.start()) + "–" + Messages.time(shift.end()),
                viewModel::removeDatedShift));
    }

    Node daysOff() {
        DaysOffForm daysOff = viewModel.daysOffForm();
        TextField reason = new TextField();
        reason.setId("dayoff-reason");
        reason.setPromptText(Messages.get("schedules.reason"));
        reason.textProperty().bindBidirectional(daysOff.reasonProperty());
        ProblemMarks.bind(reason, daysOff.reasonProblem());
        Button add = button("dayoff-add", "schedules.add", viewModel::addDaysOff);
        add.disableProperty().bind(daysOff.reasonProblem().isNotEmpty());
        Node form = form(new Label(Messages.get("schedules.from")), date("dayoff-from", daysOff.fromProperty()),
                new Label(Messages.get("schedules.until")), date("dayoff-to", daysOff.toProperty()), reason, add);
        return panel("schedules.daysOffHelp", form, list("daysoff", viewModel.daysOff(), (DayOffRow off) ->
                off.date() + (off.reason() == null ? "" : "  " + off.reason()), viewModel::removeDayOff));
    }

    Node breaks() {
        HoursOnDateForm pause = viewModel.breakForm();
        RecurringBreakForm recurringForm = viewModel.recurringBreakForm();
        Node once = form(date("break-date", pause.dateProperty()),
                TimeFields.of("break-start", pause.startProperty()), new Label("–"),
                TimeFields.of("break-end", pause.endProperty()),
                button("break-add", "schedules.add", viewModel::addBreak));
        FlowPane days = new FlowPane(4, 4);
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton toggle = new ToggleButton(day.getDisplayName(TextStyle.SHORT_STANDALONE, Locale.getDefault()));
            toggle.setId("recurring-day-" + day.name().toLowerCase(Locale.ROOT));
            toggle.setSelected(recurringForm.days().contains(day));
            toggle.selectedProperty().addListener((obs, old, selected) -> {
                if (selected) {
                    recurringForm.days().add(day);
                } else {
                    recurringForm.days().remove(day);
                }
            });
            days.getChildren().add(toggle);
        }
        Node recurring = form(TimeFields.of("recurring-start", recurringForm.startProperty()), new Label("–"),
                TimeFields.of("recurring-end", recurringForm.endProperty()), days,
                new Label(Messages.get("schedules.from")), date("recurring-from", recurringForm.fromProperty()),
                new Label(Messages.get("schedules.until")), date("recurring-to", recurringForm.toProperty()),
                button("recurring-add", "schedules.add", viewModel::addRecurringBreak));
        VBox box = new VBox(10,
                wrapped("schedules.breaksOnce"), once,
                list("breaks", viewModel.breaks(), (BreakRow row) ->
                        row.date() + "  " + Messages.time(row.start()) + "–" + Messages.time(row.end()),
                        viewModel::removeBreak),
                wrapped("schedules.breaksRecurring"), recurring,
                list("recurring", viewModel.recurringBreaks(), (RecurringBreakRow row) ->
                        Messages.get("schedules.recurringLine", row.start(), row.end(),
                                row.weekdays().stream()
                                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, Locale.getDefault()))
                                        .collect(Collectors.joining(", ")),
                                row.validFrom(), row.validTo() == null ? "…" : row.validTo().toString()),
                        viewModel::removeRecurringBreak));
        box.setPadding(new Insets(12));
        return box;
    }

    Node copy() {
        ListView<EmployeeInfo> targets = new ListView<>(viewModel.masters());
        targets.setId("copy-targets");
        targets.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        targets.setPrefHeight(160);
        targets.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EmployeeInfo master, boolean empty) {
                super.updateItem(master, empty);
                setText(empty || master == null ? null : master.name());
            }
        });
        targets.getSelectionModel().getSelectedItems().addListener((ListChangeListener<EmployeeInfo>) change ->
                viewModel.copyForm().targets().setAll(targets.getSelectionModel().getSelectedItems()));
        Spinner<Integer> weeks = new Spinner<>(1, 52, viewModel.copyForm().weeksProperty().get());
        weeks.setId("copy-weeks");
        weeks.valueProperty().addListener((obs, old, value) -> viewModel.copyForm().weeksProperty().set(value));
        VBox box = new VBox(10,
                wrapped("schedules.copyTemplate"), targets,
                button("copy-template", "schedules.copyTemplateButton", viewModel::copyWeekToMasters),
                wrapped("schedules.copyForward"),
                form(date("copy-week", viewModel.copyForm().weekStartProperty()), weeks,
                        new Label(Messages.get("schedules.weeksAhead")),
                        button("copy-forward", "schedules.copyForwardButton", viewModel::copyWeekForward)));
        box.setPadding(new Insets(12));
        return box;
    }

    /** A text that wraps to the width the forms have, rather than widen them. */
    private static Label wrapped(String key) {
        Label text = new Label(Messages.get(key));
        text.setWrapText(true);
        text.setPrefWidth(200);
        text.setMaxWidth(Double.MAX_VALUE);
        return text;
    }

    private static Node panel(String helpKey, Node form, Node list) {
        Label help = wrapped(helpKey);
        help.getStyleClass().add("help-text");
        VBox box = new VBox(10, help, form, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private static Node form(Node... fields) {
        FlowPane form = new FlowPane(8, 8, fields);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    private static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static Button button(String id, String textKey, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A list whose rows each have a remove button. */
    private static <T> Node list(String id, ObservableList<T> items, Function<T, String> text, Consumer<T> remove) {
        ListView<T> list = new ListView<>(items);
        list.setId("list-" + id);
        list.setPrefHeight(180);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label label = new Label(text.apply(item));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button delete = new Button("✕");
                delete.getStyleClass().add("danger");
                delete.setOnAction(event -> remove.accept(item));
                setText(null);
                setGraphic(new HBox(8, label, spacer, delete));
            }
        });
        return list;
    }
}
