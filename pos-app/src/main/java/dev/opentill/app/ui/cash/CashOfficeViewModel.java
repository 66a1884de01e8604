package dev.opentill.app.ui.cash;

import dev.opentill.app.cash.CashCounting;
import dev.opentill.app.cash.DayClose;
import dev.opentill.app.health.TillHealth;
import dev.opentill.app.reports.DayReports;
import dev.opentill.app.shift.Shifts;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.health.HealthViewModel;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.app.ui.status.SyncNow;
import dev.opentill.core.shift.ShiftReport;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cash office screen: one panel at a time (open the shift, move cash, audit the till, the X
 * report, close, past Z reports, the day's reports, the till's health), each with its own view-model. The X report follows the store's
 * blind-count setting (no expected cash while counts are blind).
 */
public final class CashOfficeViewModel {
    /** The panels of the cash office. */
    public enum Panel {
        OPEN,
        MOVE,
        AUDIT,
        X_REPORT,
        CLOSE,
        PAST_Z,
        REPORTS,
        HEALTH
    }

    private final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(this, "panel", Panel.OPEN);
    private final OpenShiftViewModel open;
    private final CashMovesViewModel moves;
    private final TillAuditViewModel audit;
    private final CloseViewModel close;
    private final PastZViewModel pastZ;
    private final ReportsViewModel reports;
    private final HealthViewModel health;
    private final ObservableList<String> xLines = FXCollections.observableArrayList();
    private final ObservableList<String> xView = FXCollections.unmodifiableObservableList(xLines);
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command xReport;
    private final Command back;
    private final TaskRunner runner;
    private final CashCounting cash;

    /**
     * The feature interfaces the cash office works through; {@code sync} drives the sync agent from
     * the close's review (null on a till with no centre); {@code reports} gives the day's figures;
     * {@code health} runs the till's health check (null: the panel cannot check).
     */
    public record Features(CashCounting cash, DayClose days, Shifts shifts, SyncNow sync, DayReports reports,
            TillHealth health) {
    }

    public CashOfficeViewModel(TaskRunner runner, Features f, ApprovalFlow approvals, CashSlips slips,
            SlipPrinter printer, Function<ShiftReport, List<String>> xLayout, Clock clock, Navigator navigator) {
        this.runner = runner;
        this.cash = f.cash();
        open = new OpenShiftViewModel(runner, f.cash(), approvals, slips, printer, clock);
        moves = new CashMovesViewModel(runner, f.cash(), approvals, slips, printer);
        audit = new TillAuditViewModel(runner, f.cash(), slips, printer, clock);
        close = new CloseViewModel(runner, f.days(), f.cash(), approvals, slips, printer, f.sync());
        pastZ = new PastZViewModel(runner, f.days(), slips, printer);
        reports = new ReportsViewModel(runner, f.reports(), approvals, slips::report, printer);
        health = new HealthViewModel(f.health(), approvals);
        xReport = Command.always(() -> runner.run(f.shifts()::xReport, x -> {
            List<String> lines = xLayout.apply(x);
            xLines.setAll(lines);
            message.set(null);
            printer.print(lines, ok -> message.set(ok ? null : UiText.of("shift.not_printed")));
        }, failure -> message.set(UiText.ofFailure(failure))));
        back = Command.always(() -> navigator.show(Screen.SALE));
        panel.addListener((o, a, p) -> entered(p));
    }

    /** Shows {@code p}, reading what it needs afresh. */
    public void show(Panel p) {
        if (panel.get() == p) {
            entered(p);
        } else {
            panel.set(p);
        }
    }

    private void entered(Panel p) {
        switch (p) {
            case MOVE -> moves.refresh();
            case X_REPORT -> xReport.execute();
            case CLOSE -> close.start();
            case PAST_Z -> pastZ.load();
            case REPORTS -> reports.load();
            default -> {
            }
        }
    }

    /**
     * Asks the drawer whether a safe drop is due (after a sale); {@code due} hears the answer on the
     * UI thread. Without an open shift nothing is due.
     */
    public void checkDrop(Consumer<Boolean> due) {
        runner.run(cash::drawer, s -> due.accept(s.dropDue()), f -> due.accept(false));
    }

    /** Opens the safe drop the till prompted for. */
    public void startDrop() {
        show(Panel.MOVE);
        moves.startDrop();
    }

    public ReadOnlyObjectProperty<Panel> panelProperty() {
        return panel;
    }

    public OpenShiftViewModel open() {
        return open;
    }

    public CashMovesViewModel moves() {
        return moves;
    }

    public TillAuditViewModel audit() {
        return audit;
    }

    public CloseViewModel close() {
        return close;
    }

    public PastZViewModel pastZ() {
        return pastZ;
    }

    public HealthViewModel health() {
        return health;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    /** The last X report shown. */
    public ObservableList<String> xLines() {
        return xView;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command xReportCommand() {
        return xReport;
    }

    public Command backCommand() {
        return back;
    }
}
