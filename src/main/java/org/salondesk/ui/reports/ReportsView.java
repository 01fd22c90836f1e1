package org.salondesk.ui.reports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.NoticeBar;

/** The Reports screen: the choices, the chart over the table, Export CSV, Export PDF and Print. */
public final class ReportsView extends BorderPane {

    private final ReportsViewModel viewModel;
    private final StackPane chartPane = new StackPane();
    private final TableView<List<String>> table = new TableView<>();

    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("reports-screen");
        setTop(createChoices());
        table.setId("report-table");
        table.setPlaceholder(new Label(""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // No column narrower than its title and figures, whichever report is shown.
        ColumnSizing.atLeastContent(table);
        chartPane.setId("report-chart");
        SplitPane split = new SplitPane(chartPane, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("report-error", viewModel.errorProperty())));
        viewModel.tableProperty().addListener((observable, was, now) -> show(now));
    }

    private FlowPane createChoices() {
        DatePicker from = new DatePicker();
        from.setId("report-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("report-to");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Spinner<Integer> lost = new Spinner<>(1, 3650, viewModel.lostAfterDaysProperty().get());
        lost.setId("report-lost-after");
        lost.setEditable(true);
        lost.setPrefWidth(90);
        lost.valueProperty().addListener((observable, was, now) -> viewModel.lostAfterDaysProperty().set(now));
        Button show = new Button(Messages.get("report.show"));
        show.setId("report-show");
        show.setDefaultButton(true);
        show.setOnAction(event -> viewModel.show());
        Button csv = button("report-export-csv", "report.exportCsv", () -> save("csv", file ->
                viewModel.exportCsv(file.toPath())));
        Button pdf = button("report-export-pdf", "report.exportPdf", () -> save("pdf", file ->
                viewModel.exportPdf(file.toPath(), picture())));
        Button print = button("report-print", "report.print", () -> viewModel.print(picture()));
        FlowPane bar = new FlowPane(8, 6,
                BoundFields.labelled("report.report", BoundFields.combo("report-kind", viewModel.kinds(), viewModel.kindProperty())),
                BoundFields.labelled("report.from", from), BoundFields.labelled("report.to", to),
                BoundFields.labelled("report.branch", BoundFields.combo("report-branch", viewModel.branches(), viewModel.branchProperty())),
                BoundFields.labelled("report.master", BoundFields.combo("report-master", viewModel.masters(), viewModel.masterProperty())),
                BoundFields.labelled("report.lostAfter", lost), show, csv, pdf, print);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private void show(ReportTable report) {
        table.getColumns().clear();
        chartPane.getChildren().clear();
        if (report == null) {
            table.getItems().clear();
            return;
        }
        for (int i = 0; i < report.headers().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(report.headers().get(i));
            boolean figure = report.figures().get(i);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(figure
                    ? ShownFigures.shown(row.getValue().get(index)) : row.getValue().get(index)));
            if (figure) {
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            table.getColumns().add(column);
        }
        table.setItems(FXCollections.observableArrayList(report.rows()));
        chartPane.getChildren().add(chart(report));
    }

    private static Chart chart(ReportTable report) {
        Chart chart = switch (report.kind().chart()) {
            case PIE -> {
                ObservableList<PieChart.Data> slices = FXCollections.observableArrayList();
                report.points().stream().filter(point -> point.value().signum() > 0)
                        .forEach(point -> slices.add(new PieChart.Data(point.label(), point.value().doubleValue())));
                yield new PieChart(slices);
            }
            case LINE -> new LineChart<>(new CategoryAxis(), new NumberAxis(), series(report));
            case BAR -> new BarChart<>(new CategoryAxis(), new NumberAxis(), series(report));
        };
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }

    private static ObservableList<XYChart.Series<String, Number>> series(ReportTable report) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        report.points().forEach(point -> series.getData().add(new XYChart.Data<>(point.label(), point.value())));
        return FXCollections.observableArrayList(List.of(series));
    }

    /** The chart on screen as PNG bytes for the PDF (javafx-swing is not a dependency: the pixels are copied). */
    private byte[] picture() {
        if (chartPane.getChildren().isEmpty()) {
            return new byte[0];
        }
        WritableImage image = chartPane.getChildren().get(0).snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(Math.max(width, 1), Math.max(height, 1),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException e) {
            return new byte[0];
        }
        return png.toByteArray();
    }

    private void save(String extension, java.util.function.Consumer<File> then) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("report." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            then.accept(file);
        }
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }


}
