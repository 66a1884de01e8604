package dev.opentill.app.ui.journal;

import dev.opentill.app.journal.Journal;
import dev.opentill.app.shift.Shifts;
import dev.opentill.app.ticket.TicketView;
import dev.opentill.core.shift.ShiftReport;
import dev.opentill.app.ui.override.ApprovalFlow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import dev.opentill.core.sale.SaleSummary;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.receipt.ReceiptDesk;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's sales and returns, newest first, with reprint of any receipt; the shift's X report at any
 * time (shown and printed); and the way to the cash office, where shifts are opened and closed.
 */
public final class JournalViewModel {
    private final TaskRunner runner;
    private final Journal till;
    private final Shifts shifts;
    private final TicketView ticket;
    private final ReceiptDesk receipts;
    private final ObservableList<SaleSummary> sales = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<SaleSummary> salesView = FXCollections.unmodifiableObservableList(sales);
    private final ObjectProperty<SaleSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command reprint;
    private final Command back;
    private final ObservableList<String> report = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<String> reportView = FXCollections.unmodifiableObservableList(report);
    private final Command xReport;
    private final Command cashOffice;
    private final Command printAgain;
    private final ApprovalFlow approvals;
    private final Function<ShiftReport, List<String>> lines;

    /** Without shift actions' approvals (a prompt that never approves): for screens that only reprint. */
    public JournalViewModel(TaskRunner runner, Journal till, Shifts shifts, TicketView ticket, ReceiptDesk receipts,
            Navigator navigator) {
        this(runner, till, shifts, ticket, receipts, navigator, new ApprovalFlow(runner, (action, then) -> {
        }), r -> List.of());
    }

    public JournalViewModel(TaskRunner runner, Journal till, Shifts shifts, TicketView ticket, ReceiptDesk receipts,
            Navigator navigator,
            ApprovalFlow approvals, Function<ShiftReport, List<String>> lines) {
        this.runner = runner;
        this.till = till;
        this.shifts = shifts;
        this.ticket = ticket;
        this.receipts = receipts;
        this.approvals = approvals;
        this.lines = lines;
        xReport = Command.always(() -> runner.run(shifts::xReport, this::show, this::fail));
        printAgain = new Command(Bindings.isNotEmpty(report), () -> receipts.printReport(List.copyOf(report)));
        cashOffice = Command.always(() -> navigator.show(Screen.CASH));
        reprint = new Command(selected.isNotNull(), () -> {
            receipts.reprint(selected.get().saleId());
            message.set(UiText.of("journal.reprinted", selected.get().receiptNo()));
        });
        back = Command.always(() -> navigator.show(Screen.SALE));
    }

    /** Shows the report and prints it. */
    private void show(ShiftReport r) {
        List<String> text = lines.apply(r);
        report.setAll(text);
        receipts.printReport(text);
    }

    private void fail(Throwable f) {
        message.set(UiText.ofFailure(f));
    }

    /** The last report shown, as lines. */
    public ObservableList<String> report() {
        return reportView;
    }

    public Command xReportCommand() {
        return xReport;
    }

    /** Goes to the cash office (open and close the shift, move and count cash, past Z reports). */
    public Command cashOfficeCommand() {
        return cashOffice;
    }

    /** Prints the report shown once more (a Z report cannot be made again, so this is its copy). */
    public Command printAgainCommand() {
        return printAgain;
    }

    /** Reloads the journal; called when the screen opens. */
    public void load() {
        runner.run(till::todaysSales, list -> {
            sales.setAll(list);
            selected.set(list.isEmpty() ? null : list.get(0));
        }, f -> message.set(UiText.ofFailure(f)));
    }

    public ObservableList<SaleSummary> sales() {
        return salesView;
    }

    public ObjectProperty<SaleSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReceiptDesk receipts() {
        return receipts;
    }

    public Command reprintCommand() {
        return reprint;
    }

    public Command backCommand() {
        return back;
    }
}
