package dev.opentill.app.ui.tender;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.devices.PrinterState;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.ui.receipt.ReceiptDesk;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import dev.opentill.core.money.CashRounding;
import dev.opentill.core.sale.TicketPricer;
import dev.opentill.core.tax.TaxMode;
import dev.opentill.core.tax.TaxPolicy;
import dev.opentill.core.tax.TaxRounding;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;

class TenderViewModelTest {
    private final FakeTillService till = new FakeTillService();
    private final SimulatedDevices devices = new SimulatedDevices(Runnable::run);
    private final List<Screen> shown = new ArrayList<>();
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final CurrentTicket current = new CurrentTicket(till);
    private ReceiptDesk receipts;
    private TenderViewModel vm;

    @BeforeEach
    void setUp() {
        till.product("1", "Coffee", "咖啡", "12.50", false);
        till.product("2", "Tea", "茶", "8.00", false);
        till.scan("1");
        till.scan("2");
        current.show(current.captureCurrent());
        receipts = new ReceiptDesk(runner, till, devices);
        vm = new TenderViewModel(runner, till, current, receipts, devices, devices, t -> t.key(), shown::add);
        vm.enter();
    }

    private static Money cny(String s) {
        return Money.parse(s, Money.CNY);
    }

    @Test
    void showsTheAmountDueAndLikelyCashNotes() {
        assertThat(vm.dueProperty().get()).isEqualTo(cny("20.50"));
        assertThat(vm.quickAmounts()).containsExactly(cny("20.50"), cny("30.00"), cny("40.00"), cny("50.00"),
                cny("100.00"));
        assertThat(devices.displayText()).isEqualTo("display.total | ¥20.50");
    }

    @Test
    void aListenerOnTheQuickAmountsStillHearsEditsAfterTheGarbageCollectorRan() {
        List<List<Money>> heard = new ArrayList<>();
        vm.quickAmounts().addListener((ListChangeListener<Money>) c -> heard.add(List.copyOf(c.getList())));
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        // The ticket is edited elsewhere (a line added) and the tender screen entered again.
        till.scan("2");
        current.show(current.captureCurrent());
        vm.enter();

        assertThat(heard).isNotEmpty();
        assertThat(heard.get(heard.size() - 1)).first().isEqualTo(cny("28.50"));
        assertThat(vm.quickAmounts()).isSameAs(vm.quickAmounts());
    }

    @Test
    void cashFiftyCompletesTheSaleWithChangePrintsAndOpensTheDrawer() {
        vm.payCash(cny("50.00"));

        assertThat(vm.completedProperty().get().change()).isEqualTo(cny("29.50"));
        assertThat(till.sales).hasSize(1);
        assertThat(devices.printed()).extracting(r -> r.receiptNumber()).containsExactly("T01-00000001");
        assertThat(devices.drawerKicks()).isEqualTo(1);
        assertThat(devices.displayText()).isEqualTo("display.change | ¥29.50");
        assertThat(receipts.unprintedProperty().get()).isNull();
        assertThat(current.get().ticket().lines()).isEmpty();
    }

    @Test
    void aTicketAlreadyPaidCompletesAsSoonAsTheTenderScreenOpens() {
        till.addTender(TenderType.PREPAID, cny("20.50"), "WX1");
        current.show(current.captureCurrent());
        assertThat(till.sales).isEmpty();

        vm.enter();

        assertThat(till.sales).hasSize(1);
        assertThat(vm.completedProperty().get()).isNotNull();
        assertThat(devices.printed()).hasSize(1);
        assertThat(devices.drawerKicks()).isZero();
    }

    @Test
    void typedCashAmountIsUsedWhenPresent() {
        vm.amountProperty().set("100");

        vm.cashCommand().execute();

        assertThat(vm.completedProperty().get().change()).isEqualTo(cny("79.50"));
    }

    @Test
    void cashWithNothingTypedPaysExactly() {
        vm.cashCommand().execute();

        assertThat(vm.completedProperty().get().change()).isEqualTo(cny("0.00"));
    }

    @Test
    void cardNeedsAnApprovalReferenceAndOpensNoDrawer() {
        assertThat(vm.cardCommand().isExecutable()).isFalse();
        vm.referenceProperty().set("AUTH123");

        vm.cardCommand().execute();

        assertThat(vm.completedProperty().get()).isNotNull();
        assertThat(till.sales.get(0).ticket().tenders()).extracting(Tender::type, Tender::reference)
                .containsExactly(Tuple.tuple(TenderType.CARD, "AUTH123"));
        assertThat(devices.drawerKicks()).isZero();
    }

    @Test
    void splitTenderLeavesTheRestDueUntilPaid() {
        vm.amountProperty().set("10.00");
        vm.referenceProperty().set("WX-889");
        vm.mobileCommand().execute();

        assertThat(vm.completedProperty().get()).isNull();
        assertThat(vm.dueProperty().get()).isEqualTo(cny("10.50"));
        assertThat(vm.tenders()).hasSize(1);
        assertThat(vm.backCommand().isExecutable()).isFalse();

        vm.payCash(cny("20.00"));

        assertThat(vm.completedProperty().get().change()).isEqualTo(cny("9.50"));
    }

    @Test
    void cardCannotExceedWhatIsDue() {
        vm.amountProperty().set("30.00");
        vm.referenceProperty().set("AUTH1");

        vm.cardCommand().execute();

        assertThat(vm.messageProperty().get().key()).isEqualTo("error.TENDER_EXCEEDS_DUE");
        assertThat(till.sales).isEmpty();
    }

    @Test
    void removingTendersAllowsGoingBackToTheSale() {
        vm.amountProperty().set("5");
        vm.cashCommand().execute();

        vm.removeTendersCommand().execute();
        vm.backCommand().execute();

        assertThat(vm.dueProperty().get()).isEqualTo(cny("20.50"));
        assertThat(shown).containsExactly(Screen.SALE);
    }

    @Test
    void badAmountIsReportedNotPaid() {
        vm.amountProperty().set("1,2x");

        vm.cashCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("error.amount_invalid", "1,2x"));
        assertThat(vm.tenders()).isEmpty();
    }

    @Test
    void printerFailureLeavesTheSaleCompleteWithAReprintAction() {
        devices.setPrinter(PrinterState.PAPER_OUT);

        vm.payCash(cny("50.00"));

        assertThat(till.sales).hasSize(1);
        assertThat(vm.completedProperty().get()).isNotNull();
        assertThat(receipts.unprintedProperty().get().receiptNumber()).isEqualTo("T01-00000001");
        assertThat(receipts.messageProperty().get()).isEqualTo(UiText.of("receipt.not_printed", "T01-00000001"));
        assertThat(receipts.retryCommand().isExecutable()).isTrue();

        devices.setPrinter(PrinterState.READY);
        receipts.retryCommand().execute();

        assertThat(devices.printed()).hasSize(1);
        assertThat(receipts.unprintedProperty().get()).isNull();
    }

    @Test
    void nextCustomerReturnsToTheSaleScreen() {
        vm.payCash(cny("50.00"));

        vm.nextCommand().execute();

        assertThat(shown).containsExactly(Screen.SALE);
        assertThat(vm.completedProperty().get()).isNull();
    }

    @Test
    void aCashRefundShowsTheCashToHandBackAndTheRounding() {
        till.pricer = new TicketPricer(new TaxPolicy(Money.CNY, TaxMode.INCLUSIVE, TaxRounding.PER_TOTAL,
                new CashRounding(10, RoundingMode.DOWN)));
        vm.payCash(cny("50.00"));
        vm.nextCommand().execute();
        till.product("3", "Gum", "口香糖", "2.26", false);
        till.scan("3");
        current.show(current.captureCurrent());
        vm.enter();
        vm.payCash(cny("10.00"));
        vm.nextCommand().execute();
        till.cashierMay.add("refund");
        var sold = till.startReturn("T01-00000002", null);
        till.addReturnLine(sold.lines().get(0).line().id(), 1000);
        current.show(current.captureCurrent());
        vm.enter();
        assertThat(vm.dueProperty().get()).isEqualTo(cny("-2.26"));

        vm.cashCommand().execute();

        assertThat(vm.completedProperty().get()).isNotNull();
        assertThat(vm.cashBackProperty().get()).isEqualTo(cny("2.20"));
        assertThat(vm.roundingProperty().get()).isEqualTo(cny("0.06"));
        assertThat(devices.displayText()).isEqualTo("display.cash_back | ¥2.20");
    }

    @Test
    void aCashSaleShowsItsChangeAsTheCashToHandBack() {
        vm.payCash(cny("50.00"));

        assertThat(vm.cashBackProperty().get()).isEqualTo(cny("29.50"));
        assertThat(vm.roundingProperty().get()).isEqualTo(cny("0.00"));
    }
}
