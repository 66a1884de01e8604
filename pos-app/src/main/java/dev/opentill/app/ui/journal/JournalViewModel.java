package dev.opentill.app.ui.journal;

import dev.opentill.app.journal.Journal;
import dev.opentill.app.shift.Shifts;
import dev.opentill.app.ticket.TicketView;
import dev.opentill.core.shift.ShiftReport;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.money.Money;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import dev.opentill.core.sale.SaleSummary;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
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
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Today's sales and returns, newest first, with reprint of any receipt; and the shift: an X report
 * at any time, opening with a counted float and closing with the counted drawer (Z report), both
 * a manager's actions. Reports are shown and printed.
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
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final ObservableList<String> report = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<String> reportView = FXCollections.unmodifiableObservableList(report);
    private final Command xReport;
    private final Command openShift;
    private final Command closeShift;
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
        var entered = Bindings.createBooleanBinding(() -> !amount.get().isBlank(), amount);
        xReport = Command.always(() -> runner.run(shifts::xReport, this::show, this::fail));
        printAgain = new Command(Bindings.isNotEmpty(report), () -> receipts.printReport(List.copyOf(report)));
        openShift = new Command(entered, () -> withAmount(a -> approvals.run(UiText.of("override.open_shift"),
                ap -> shifts.openShift(Money.of(a, ticket.current().currency()), ap), r -> {
                    show(r);
                    message.set(UiText.of("journal.shift_opened", Formats.money(r.openingFloat())));
                }, this::fail)));
        closeShift = new Command(entered, () -> withAmount(a -> approvals.run(UiText.of("override.close_shift"),
                ap -> shifts.closeShift(Money.of(a, ticket.current().currency()), ap), r -> {
                    show(r);
                    message.set(UiText.of("journal.shift_closed", r.zNumber()));
                }, this::fail)));
        reprint = new Command(selected.isNotNull(), () -> {
            receipts.reprint(selected.get().saleId());
            message.set(UiText.of("journal.reprinted", selected.get().receiptNo()));
        });
        back = Command.always(() -> navigator.show(Screen.SALE));
    }

    /** The amount typed, checked here; it becomes money of the till's currency in the background task. */
    private void withAmount(Consumer<BigDecimal> then) {
        String text = amount.get().strip();
        BigDecimal a;
        try {
            a = new BigDecimal(text);
            if (a.scale() > 2) {
                throw new NumberFormatException("more than two decimals");
            }
        } catch (RuntimeException e) {
            message.set(UiText.of("error.amount_invalid", text));
            return;
        }
        amount.set("");
        then.accept(a);
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

    public StringProperty amountProperty() {
        return amount;
    }

    /** The last report shown, as lines. */
    public ObservableList<String> report() {
        return reportView;
    }

    public Command xReportCommand() {
        return xReport;
    }

    public Command openShiftCommand() {
        return openShift;
    }

    public Command closeShiftCommand() {
        return closeShift;
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
