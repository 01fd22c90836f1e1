package org.salondesk.ui.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.SpreadsheetCsv;
import org.salondesk.catalog.BranchService;
import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.MasterService;
import org.salondesk.i18n.Messages;
import org.salondesk.print.Sheet;
import org.salondesk.report.ReportQuery;
import org.salondesk.report.ReportService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.SheetOutput;
import org.salondesk.ui.common.SheetPrinter;

/**
 * The Reports screen (admins): a report chosen from the list for a date range, a branch and perhaps one master,
 * shown as a chart over a table; exported as CSV or PDF (the table, and the chart's picture when the View gives
 * one) and printed.
 */
public final class ReportsViewModel {

    private final ReportTables tables;
    private final BranchService branchService;
    private final MasterService masterService;
    private final BackgroundExecutor background;
    private final SheetOutput output;
    private final NoticeBoard notices;
    private final Clock clock;

    private final ObservableList<Choice<ReportKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ReportKind>> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<Choice<Long>> branches = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObservableList<Choice<Long>> masters = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> master = new SimpleObjectProperty<>(this, "master");
    private final IntegerProperty lostAfterDays = new SimpleIntegerProperty(this, "lostAfterDays",
            ReportService.DEFAULT_LOST_AFTER_DAYS);
    private final ReadOnlyObjectWrapper<ReportTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private String shownTitle = "";

    public ReportsViewModel(ReportService reports, BranchService branchService, MasterService masterService,
                            BackgroundExecutor background, SheetPrinter printer, NoticeBoard notices, Clock clock) {
        this.tables = new ReportTables(reports);
        this.branchService = branchService;
        this.masterService = masterService;
        this.background = background;
        this.notices = notices;
        this.output = new SheetOutput(background, printer, text -> notices.post(Notice.info(text)), this::fail);
        this.clock = clock;
        for (ReportKind each : ReportKind.values()) {
            kinds.add(Choice.of(each, Messages.get(each.textKey())));
        }
        kind.set(kinds.get(0));
        branch.addListener((observable, was, now) -> loadMasters());
    }

    /** The month so far, the branches, then the first report. */
    public void start() {
        if (from.get() == null || to.get() == null) {
            LocalDate today = LocalDate.now(clock);
            from.set(today.withDayOfMonth(1));
            to.set(today);
        }
        background.run(branchService::branches, found -> {
            Long keep = branch.get() == null ? null : branch.get().value();
            List<Choice<Long>> choices = found.stream().map(row -> Choice.of(row.id(), row.name())).toList();
            branches.setAll(choices);
            branch.set(choices.stream().filter(choice -> Objects.equals(choice.value(), keep)).findFirst()
                    .orElse(choices.isEmpty() ? null : choices.get(0)));
        }, this::fail);
    }

    private void loadMasters() {
        Choice<Long> chosen = branch.get();
        if (chosen == null) {
            masters.clear();
            return;
        }
        background.run(() -> masterService.masters(chosen.value()), found -> {
            List<Choice<Long>> choices = new ArrayList<>();
            choices.add(Choice.all(Messages.get("report.allMasters")));
            for (MasterRow row : found) {
                choices.add(Choice.of(row.id(), row.name()));
            }
            masters.setAll(choices);
            master.set(choices.get(0));
            show();
        }, this::fail);
    }

    /** Computes the chosen report in the background and shows it. */
    public void show() {
        if (branch.get() == null || kind.get() == null) {
            return;
        }
        ReportKind chosen = kind.get().value();
        int days = lostAfterDays.get();
        ReportQuery query;
        try {
            query = new ReportQuery(branch.get().value(), from.get(), to.get(),
                    master.get() == null ? null : master.get().value());
        } catch (SalonDeskException refused) {
            fail(refused);
            return;
        }
        String title = title(chosen, query);
        background.run(() -> tables.of(chosen, query, days), shown -> {
            error.set("");
            shownTitle = title;
            table.set(shown);
        }, this::fail);
    }

    /** The table shown as CSV: a header row, then its rows (spreadsheet-safe cells). */
    public String csv() {
        ReportTable shown = table.get();
        StringWriter out = new StringWriter();
        try {
            SpreadsheetCsv csv = SpreadsheetCsv.start(out);
            csv.row(shown.headers());
            for (List<String> row : shown.rows()) {
                csv.row(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new SalonDeskException(ErrorCode.STORAGE, e, "error.export.write", e.getMessage());
        }
        return out.toString();
    }

    /** The table shown as a sheet: its title, the chart's picture when there is one, and the table. */
    public Sheet sheet(byte[] chartPng) {
        ReportTable shown = table.get();
        List<Sheet.Column> columns = new ArrayList<>();
        for (int i = 0; i < shown.headers().size(); i++) {
            columns.add(shown.figures().get(i) ? Sheet.Column.figure(shown.headers().get(i), 1f)
                    : Sheet.Column.text(shown.headers().get(i), 2f));
        }
        List<Sheet.Block> blocks = new ArrayList<>();
        if (chartPng != null && chartPng.length > 0) {
            blocks.add(new Sheet.Picture(chartPng));
        }
        blocks.add(new Sheet.Table(columns, shown.rows()));
        return new Sheet(Sheet.Paper.A4, shownTitle, List.of(), blocks, null);
    }

    public void exportCsv(Path file) {
        if (table.get() == null) {
            return;
        }
        String text = csv();
        write(file, () -> Files.writeString(file, text, StandardCharsets.UTF_8));
    }

    public void exportPdf(Path file, byte[] chartPng) {
        if (table.get() == null) {
            return;
        }
        Sheet sheet = sheet(chartPng);
        output.save(() -> sheet, file);
    }

    /** Prints the report through the desk's one {@link SheetOutput}. */
    public void print(byte[] chartPng) {
        if (table.get() == null) {
            return;
        }
        Sheet sheet = sheet(chartPng);
        output.print(() -> sheet);
    }

    private interface FileWrite {
        Object write() throws IOException;
    }

    private void write(Path file, FileWrite work) {
        background.run(() -> {
            try {
                return work.write();
            } catch (IOException e) {
                throw new SalonDeskException(ErrorCode.STORAGE, e, "error.export.write", e.getMessage());
            }
        }, written -> notices.post(Notice.info(Messages.get("report.exported", file.toString()))), this::fail);
    }

    private String title(ReportKind chosen, ReportQuery query) {
        String who = master.get() == null || master.get().value() == null ? branch.get().label()
                : branch.get().label() + ", " + master.get().label();
        return Messages.get("report.title", Messages.get(chosen.textKey()), who, query.from(), query.to());
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ObservableList<Choice<ReportKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<ReportKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Choice<Long>> branches() {
        return branches;
    }

    public ObjectProperty<Choice<Long>> branchProperty() {
        return branch;
    }

    public ObservableList<Choice<Long>> masters() {
        return masters;
    }

    public ObjectProperty<Choice<Long>> masterProperty() {
        return master;
    }

    public IntegerProperty lostAfterDaysProperty() {
        return lostAfterDays;
    }

    public ReadOnlyObjectProperty<ReportTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public NoticeBoard notices() {
        return notices;
    }
}
