package dev.opentill.app.ui.journal;

import dev.opentill.app.security.Approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.sale.SaleSummary;
import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.ui.receipt.ReceiptDesk;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.TenderType;
import org.junit.jupiter.api.Test;
import dev.opentill.app.ui.override.ApprovalFlow;
import java.util.ArrayList;
import java.util.List;

class JournalViewModelTest {
    private final FakeTillService till = new FakeTillService();
    private final SimulatedDevices devices = new SimulatedDevices(Runnable::run);
    private final DirectTaskRunner runner = new DirectTaskRunner();

    private void sell(String price) {
        till.product(price, "Item " + price, "商品", price, false);
        till.scan(price);
        till.addTender(TenderType.CASH, Money.parse(price, Money.CNY), null);
        till.complete();
    }

    @Test
    void listsTodaysSalesNewestFirstAndSelectsTheNewest() {
        sell("1.00");
        sell("2.00");
        var vm = new JournalViewModel(runner, till, till, till, new ReceiptDesk(runner, till, devices), s -> {
        });

        vm.load();

        assertThat(vm.sales()).extracting(SaleSummary::receiptNo).containsExactly("T01-00000002", "T01-00000001");
        assertThat(vm.selectedProperty().get().receiptNo()).isEqualTo("T01-00000002");
    }

    @Test
    void reprintPrintsTheSelectedReceiptMarkedAsACopy() {
        sell("1.00");
        sell("2.00");
        var vm = new JournalViewModel(runner, till, till, till, new ReceiptDesk(runner, till, devices), s -> {
        });
        vm.load();
        vm.selectedProperty().set(vm.sales().get(1));

        vm.reprintCommand().execute();

        assertThat(devices.printed()).singleElement().satisfies(r -> {
            assertThat(r.receiptNumber()).isEqualTo("T01-00000001");
            assertThat(r.reprint()).isTrue();
        });
    }

    @Test
    void reprintNeedsASelection() {
        var vm = new JournalViewModel(runner, till, till, till, new ReceiptDesk(runner, till, devices), s -> {
        });
        vm.load();

        assertThat(vm.reprintCommand().isExecutable()).isFalse();
    }

    private JournalViewModel withShifts(List<String> asked) {
        var approvals = new ApprovalFlow(runner, (action, then) -> {
            asked.add(action.key());
            then.accept(new Approval("900", "9999"));
        });
        return new JournalViewModel(runner, till, till, till, new ReceiptDesk(runner, till, devices), s -> {
        }, approvals,
                r -> List.of((r.isZ() ? "Z" + r.zNumber() : "X") + " sales " + r.sales(),
                        "expected " + r.expectedCash()));
    }

    @Test
    void anXReportIsShownAndPrintedWithoutApproval() {
        sell("1.00");
        List<String> asked = new ArrayList<>();
        var vm = withShifts(asked);
        assertThat(vm.printAgainCommand().isExecutable()).isFalse();

        vm.xReportCommand().execute();

        assertThat(vm.report()).containsExactly("X sales 1", "expected CNY 101.00");
        assertThat(devices.reports()).containsExactly(List.of("X sales 1", "expected CNY 101.00"));
        assertThat(asked).isEmpty();
    }

    @Test
    void theCashOfficeKeyGoesToTheCashOffice() {
        List<Screen> shown = new ArrayList<>();
        var vm = new JournalViewModel(runner, till, till, till, new ReceiptDesk(runner, till, devices), shown::add);

        vm.cashOfficeCommand().execute();

        assertThat(shown).containsExactly(Screen.CASH);
    }
}
