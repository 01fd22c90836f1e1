package org.salondesk.ui.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.salondesk.booking.VisitBooked;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.TimeFields;

/** The repeating visit dialog: the rule, then every date with its verdict and the time kept for it, then Book. */
public final class SeriesDialogView extends Dialog<VisitBooked> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

    private final GridPane dates = new GridPane();

    public SeriesDialogView(SeriesDialogViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle(Messages.get("series.title"));
        setResizable(true);
        getDialogPane().setId("series-dialog");

        ComboBox<Choice<Long>> service = BoundFields.combo("series-service", viewModel.services(),
                viewModel.serviceProperty());
        ComboBox<Choice<Long>> master = BoundFields.combo("series-master", viewModel.masters(),
                viewModel.masterProperty());
        DatePicker first = new DatePicker();
        first.setId("series-first");
        first.valueProperty().bindBidirectional(viewModel.firstProperty());
        TextField time = TimeFields.of("series-time", viewModel.timeProperty());
        Spinner<Integer> every = new Spinner<>(1, 52, viewModel.everyWeeksProperty().get());
        every.setId("series-every");
        every.setEditable(true);
        every.valueProperty().addListener((obs, old, now) -> viewModel.everyWeeksProperty().set(now));
        Spinner<Integer> count = new Spinner<>(1, 104, viewModel.countProperty().get());
        count.setId("series-count");
        count.setEditable(true);
        count.valueProperty().addListener((obs, old, now) -> viewModel.countProperty().set(now));
        count.disableProperty().bind(viewModel.byDateProperty());
        ToggleGroup ends = new ToggleGroup();
        RadioButton byCount = new RadioButton(Messages.get("series.count"));
        byCount.setId("series-by-count");
        byCount.setToggleGroup(ends);
        byCount.setSelected(!viewModel.byDateProperty().get());
        RadioButton byDate = new RadioButton(Messages.get("series.until"));
        byDate.setId("series-by-date");
        byDate.setToggleGroup(ends);
        byDate.selectedProperty().bindBidirectional(viewModel.byDateProperty());
        DatePicker until = new DatePicker();
        until.setId("series-until");
        until.valueProperty().bindBidirectional(viewModel.untilProperty());
        until.disableProperty().bind(viewModel.byDateProperty().not());
        // The choices keep their whole words; the date field gives way.
        byCount.setMinWidth(Region.USE_PREF_SIZE);
        byDate.setMinWidth(Region.USE_PREF_SIZE);
        HBox weekdays = new HBox(4);
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton toggle = new ToggleButton(day.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            toggle.setId("series-day-" + day);
            toggle.selectedProperty().bindBidirectional(viewModel.weekdayProperty(day));
            weekdays.getChildren().add(toggle);
        }
        Button preview = new Button(Messages.get("series.preview"));
        preview.setId("series-preview");
        preview.setOnAction(event -> viewModel.preview());

        GridPane rule = new GridPane();
        rule.setHgap(8);
        rule.setVgap(6);
        rule.addRow(0, label("series.service"), service, label("series.master"), master);
        rule.addRow(1, label("series.first"), first, label("series.time"), time);
        rule.addRow(2, label("series.everyWeeks"), every, byCount, count);
        rule.add(label("series.weekdays"), 0, 3);
        rule.add(weekdays, 1, 3);
        rule.add(byDate, 2, 3);
        rule.add(until, 3, 3);
        dates.setId("series-dates");
        dates.setHgap(12);
        dates.setVgap(4);
        viewModel.occurrences().addListener((ListChangeListener<SeriesDialogViewModel.Occurrence>) change ->
                showDates(viewModel));
        ScrollPane scroll = new ScrollPane(dates);
        scroll.setPrefViewportHeight(220);
        scroll.setPrefViewportWidth(520);

        TextField phone = BoundFields.text("series-phone", viewModel.client().phoneProperty());
        phone.setPromptText(Messages.get("dialog.phone"));
        phone.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.client().phoneLeft();
            }
        });
        TextField name = BoundFields.text("series-name", viewModel.client().nameProperty());
        name.setPromptText(Messages.get("dialog.name"));
        Label clientText = new Label();
        clientText.textProperty().bind(viewModel.client().textProperty());
        Label error = new Label();
        error.setId("series-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        getDialogPane().setContent(new VBox(10, rule, preview, scroll, new HBox(10, phone, name, clientText),
                error));

        ButtonType book = new ButtonType(Messages.get("series.book"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(book, close);
        Button bookButton = (Button) getDialogPane().lookupButton(book);
        bookButton.setId("series-book");
        bookButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.book();
        });
        setResultConverter(button -> null);
        viewModel.bookedProperty().addListener((obs, old, series) -> {
            if (series != null) {
                setResult(series);
                close();
            }
        });
    }

    /** A label never cut short: the form's fields give way instead. */
    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void showDates(SeriesDialogViewModel viewModel) {
        dates.getChildren().clear();
        int row = 0;
        for (SeriesDialogViewModel.Occurrence occurrence : viewModel.occurrences()) {
            Label verdict = new Label(occurrence.text());
            verdict.getStyleClass().add(occurrence.free() ? "series-free" : "series-taken");
            ComboBox<Choice<LocalTime>> time = new ComboBox<>();
            time.setId("series-time-" + row);
            time.getItems().setAll(occurrence.times());
            time.valueProperty().bindBidirectional(occurrence.chosenProperty());
            dates.addRow(row++, new Label(DATE.format(occurrence.date())), verdict, time);
        }
    }
}
