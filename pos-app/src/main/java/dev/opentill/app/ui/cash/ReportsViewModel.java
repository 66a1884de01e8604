package dev.opentill.app.ui.cash;

import dev.opentill.app.reports.DayReports;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.report.DayReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The manager's reports of a business day (sales by hour, by cashier, top products): today's at
 * first, any date typed; a manager's action, approved on the spot when a cashier asks. What is
 * shown is what prints, through the receipt printer.
 */
public final class ReportsViewModel {
    private final TaskRunner runner;
    private final DayReports reports;
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final ReadOnlyObjectWrapper<DayReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> view = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command show;
    private final Command print;

    public ReportsViewModel(TaskRunner runner, DayReports reports, ApprovalFlow approvals,
            Function<DayReport, List<String>> layout, SlipPrinter printer) {
        this.runner = runner;
        this.reports = reports;
        show = Command.always(() -> {
            LocalDate day;
            try {
                day = LocalDate.parse(date.get().strip());
            } catch (DateTimeParseException e) {
                message.set(UiText.of("reports.date_invalid", date.get()));
                return;
            }
            approvals.run(UiText.of("override.reports"), ap -> reports.day(day, ap), r -> {
                report.set(r);
                lines.setAll(layout.apply(r));
                message.set(r.sales() + r.returns() == 0 ? UiText.of("reports.none", day.toString()) : null);
            }, f -> message.set(UiText.ofFailure(f)));
        });
        print = new Command(report.isNotNull(), () -> printer.print(List.copyOf(lines),
                ok -> message.set(ok ? UiText.of("reports.printed") : UiText.of("reports.not_printed"))));
    }

    /** Entering the panel: today's business date, and its report. */
    public void load() {
        message.set(null);
        runner.run(reports::today, d -> {
            date.set(d.toString());
            show.execute();
        }, f -> message.set(UiText.ofFailure(f)));
    }

    /** The business date typed (yyyy-mm-dd). */
    public StringProperty dateProperty() {
        return date;
    }

    public ReadOnlyObjectProperty<DayReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The report as shown and printed. */
    public ObservableList<String> lines() {
        return view;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command showCommand() {
        return show;
    }

    public Command printCommand() {
        return print;
    }
}
