package dev.opentill.app.ui.cash;

import dev.opentill.app.cash.CashCounting;
import dev.opentill.app.cash.CashOffice.CloseRequest;
import dev.opentill.app.cash.DayClose;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.app.ui.status.SyncNow;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.cash.OfflineReview;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The close, in the order a manager should do it: first what has not reached the centre (closing
 * with anything pending needs the manager to confirm it), then the drawer counted by denomination
 * (blind when the store says so: the expected cash is never shown before the count is entered),
 * then the manager's approval; a variance beyond its limit also needs a reason. The review can
 * sync now, and is read again when that ends. The Z is stored
 * before it prints; a printer that fails leaves it to print again.
 */
public final class CloseViewModel {
    /** Where the close is. */
    public enum Step {
        REVIEW,
        COUNT,
        DONE
    }

    private final TaskRunner runner;
    private final DayClose close;
    private final CashCounting cash;
    private final CashSlips slips;
    private final SlipPrinter printer;
    private final CountSheet sheet;
    private final DeclaredTenders declared;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.REVIEW);
    private final ReadOnlyObjectWrapper<OfflineReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ObservableList<UiText> reviewLines = FXCollections.observableArrayList();
    private final ObservableList<UiText> reviewView = FXCollections.unmodifiableObservableList(reviewLines);
    private final BooleanProperty pendingConfirmed = new SimpleBooleanProperty(this, "pendingConfirmed");
    private final ReadOnlyObjectWrapper<Money> expected = new ReadOnlyObjectWrapper<>(this, "expected");
    private final StringProperty varianceReason = new SimpleStringProperty(this, "varianceReason", "");
    private final ReadOnlyBooleanWrapper reasonNeeded = new ReadOnlyBooleanWrapper(this, "reasonNeeded");
    private final ReadOnlyObjectWrapper<ZReport> z = new ReadOnlyObjectWrapper<>(this, "z");
    private final ObservableList<String> zLines = FXCollections.observableArrayList();
    private final ObservableList<String> zView = FXCollections.unmodifiableObservableList(zLines);
    private final ReadOnlyBooleanWrapper zUnprinted = new ReadOnlyBooleanWrapper(this, "zUnprinted");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command toCount;
    private final Command closeShift;
    private final Command printZ;
    private final SyncNowViewModel sync;

    public CloseViewModel(TaskRunner runner, DayClose close, CashCounting cash, ApprovalFlow approvals,
            CashSlips slips, SlipPrinter printer, SyncNow syncNow) {
        this.runner = runner;
        this.close = close;
        this.cash = cash;
        this.slips = slips;
        this.printer = printer;
        this.sheet = new CountSheet(cash.policy().denominations());
        this.declared = new DeclaredTenders(cash.policy().denominations().currency());
        toCount = new Command(Bindings.createBooleanBinding(() -> review.get() != null
                && (!review.get().anythingPending() || pendingConfirmed.get()), review, pendingConfirmed),
                this::count);
        var counted = Bindings.createBooleanBinding(() -> step.get() == Step.COUNT
                && sheet.totalProperty().get() != null && !sheet.isBlank(), step, sheet.totalProperty());
        closeShift = new Command(counted, () -> {
            DrawerCount count;
            try {
                count = sheet.count();
            } catch (RuntimeException e) {
                message.set(UiText.ofFailure(e));
                return;
            }
            UiText problem = declared.problem();
            if (problem != null) {
                message.set(problem);
                return;
            }
            CloseRequest request = new CloseRequest(count, declared.declared(), varianceReason.get(),
                    pendingConfirmed.get());
            approvals.run(UiText.of("override.close_shift"), ap -> close.close(request, ap), this::closed, f -> {
                if (f instanceof SaleException se && se.error() == SaleError.VARIANCE_NEEDS_APPROVAL) {
                    reasonNeeded.set(true);
                }
                message.set(UiText.ofFailure(f));
            });
        });
        printZ = new Command(zUnprinted, () -> print(z.get()));
        sync = new SyncNowViewModel(runner, syncNow, close::review, this::reviewed);
    }

    /** Starts a close at its first step: reads what has not reached the centre. */
    public void start() {
        step.set(Step.REVIEW);
        review.set(null);
        pendingConfirmed.set(false);
        reasonNeeded.set(false);
        varianceReason.set("");
        sheet.clear();
        declared.setAll(List.of());
        expected.set(null);
        message.set(null);
        sync.reset();
        runner.run(close::review, this::reviewed, f -> message.set(UiText.ofFailure(f)));
    }

    private void reviewed(OfflineReview r) {
        reviewLines.setAll(lines(r));
        review.set(r);
    }

    private List<UiText> lines(OfflineReview r) {
        List<UiText> out = new ArrayList<>();
        if (!r.anythingPending()) {
            out.add(UiText.of("cash.review.all_at_centre"));
        } else {
            out.add(UiText.of("cash.review.pending", r.pending().size(), r.couponsPending(), r.pickupsPending()));
        }
        r.pending().forEach(p -> out.add(UiText.of("cash.review.sale", p.receiptNo(),
                Formats.money(Money.ofMinor(p.totalMinor(), cash.policy().denominations().currency())))));
        r.rejected().forEach(e -> out.add(UiText.of("cash.review.rejected", e.type(), e.subject(), e.reason())));
        r.overrides().forEach(o -> out.add(UiText.of("cash.review.override", o.action(), o.subject(), o.actor(),
                o.approver() == null ? "-" : o.approver())));
        return out;
    }

    /**
     * To the count; the expected cash is read only when counts are not blind, and so are the totals
     * of the other tenders shown beside their fields.
     */
    private void count() {
        step.set(Step.COUNT);
        runner.run(cash::drawer, s -> expected.set(s.expected()), f -> message.set(UiText.ofFailure(f)));
        runner.run(close::otherTenders, declared::setAll, f -> message.set(UiText.ofFailure(f)));
    }

    private void closed(ZReport report) {
        z.set(report);
        zLines.setAll(slips.z(report, false));
        step.set(Step.DONE);
        message.set(UiText.of("journal.shift_closed", report.header().zNumber()));
        print(report);
    }

    private void print(ZReport report) {
        printer.print(slips.z(report, false), ok -> {
            zUnprinted.set(!ok);
            message.set(ok
                    ? UiText.of("journal.shift_closed", report.header().zNumber())
                    : UiText.of("cash.z_not_printed", report.header().zNumber()));
        });
    }

    /** The review's "sync now". */
    public SyncNowViewModel sync() {
        return sync;
    }

    /** The tenders other than cash, to declare (blank: taken as the till's total of them). */
    public DeclaredTenders declared() {
        return declared;
    }

    public CountSheet sheet() {
        return sheet;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OfflineReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The review as lines: pending sales, rejected events, overrides. */
    public ObservableList<UiText> reviewLines() {
        return reviewView;
    }

    /** The manager confirms closing with sales or events not at the centre. */
    public BooleanProperty pendingConfirmedProperty() {
        return pendingConfirmed;
    }

    /** The cash expected, for a count that is not blind; null before the count step and when blind. */
    public ReadOnlyObjectProperty<Money> expectedProperty() {
        return expected.getReadOnlyProperty();
    }

    public StringProperty varianceReasonProperty() {
        return varianceReason;
    }

    /** True once the close was refused for a variance beyond its limit: a reason must be given. */
    public ReadOnlyBooleanProperty reasonNeededProperty() {
        return reasonNeeded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ZReport> zProperty() {
        return z.getReadOnlyProperty();
    }

    /** The closed Z as printed. */
    public ObservableList<String> zLines() {
        return zView;
    }

    /** True while the Z (stored) has not come out of the printer. */
    public ReadOnlyBooleanProperty zUnprintedProperty() {
        return zUnprinted.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command toCountCommand() {
        return toCount;
    }

    public Command closeCommand() {
        return closeShift;
    }

    public Command printZCommand() {
        return printZ;
    }
}
