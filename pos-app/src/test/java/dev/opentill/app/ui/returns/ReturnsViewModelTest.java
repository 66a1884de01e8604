package dev.opentill.app.ui.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.security.Approval;
import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.ScriptedApprovals;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.TenderType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;

class ReturnsViewModelTest {
    private final FakeTillService till = new FakeTillService();
    private final ScriptedApprovals approvals = new ScriptedApprovals();
    private final List<Screen> shown = new ArrayList<>();
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final CurrentTicket current = new CurrentTicket(till);
    private ReturnsViewModel vm;

    @BeforeEach
    void setUp() {
        till.product("1", "Coffee", "咖啡", "12.50", false);
        till.product("2", "Tea", "茶", "8.00", false);
        till.scan("1");
        till.scan("2");
        till.changeQuantity(till.current().lines().get(1).id(), 3000);
        till.addTender(TenderType.CASH, Money.parse("50", Money.CNY), null);
        till.complete();
        current.show(current.captureCurrent());
        approvals.answer = new Approval("900", "9999");
        vm = new ReturnsViewModel(runner, till, current, new ApprovalFlow(runner, approvals), Locale.ENGLISH,
                shown::add);
    }

    @Test
    void findingASaleByReceiptNumberListsItsLinesAfterApproval() {
        vm.receiptNoProperty().set("T01-00000001");
        vm.findCommand().execute();

        assertThat(approvals.asked).extracting(t -> t.key()).containsExactly("override.refund");
        assertThat(vm.foundReceiptProperty().get()).isEqualTo("T01-00000001");
        assertThat(vm.rows()).extracting(ReturnRow::name, ReturnRow::returnableMilli)
                .containsExactly(Tuple.tuple("Coffee", 1000L),
                        Tuple.tuple("Tea", 3000L));
        assertThat(current.get().ticket().isReturn()).isTrue();
    }

    @Test
    void scannedReceiptFindsTheSaleToo() {
        vm.scan("T01-00000001");

        assertThat(vm.rows()).hasSize(2);
    }

    @Test
    void unknownReceiptIsReported() {
        vm.scan("T01-00000099");

        assertThat(vm.messageProperty().get().key()).isEqualTo("error.RETURN_LINE_UNKNOWN");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void takingOneOfThreeLeavesTwoReturnableAndEnablesRefund() {
        vm.scan("T01-00000001");
        vm.selectedProperty().set(vm.rows().get(1));
        vm.quantityProperty().set("1");

        vm.takeCommand().execute();

        assertThat(vm.rows().get(1).returnableMilli()).isEqualTo(2000);
        assertThat(current.get().totals().total()).isEqualTo(Money.parse("-8.00", Money.CNY));
        assertThat(vm.refundCommand().isExecutable()).isTrue();
        vm.refundCommand().execute();
        assertThat(shown).containsExactly(Screen.TENDER);
    }

    @Test
    void neverMoreThanWasSold() {
        vm.scan("T01-00000001");
        vm.selectedProperty().set(vm.rows().get(1));
        vm.quantityProperty().set("4");

        vm.takeCommand().execute();

        assertThat(vm.messageProperty().get().key()).isEqualTo("error.RETURN_EXCEEDS_SOLD");
        assertThat(current.get().ticket().isEmpty()).isTrue();
    }

    @Test
    void takingWithNothingTypedTakesAllThatIsLeftAndThenNoMore() {
        vm.scan("T01-00000001");
        vm.selectedProperty().set(vm.rows().get(0));

        vm.takeCommand().execute();

        assertThat(vm.rows().get(0).returnableMilli()).isZero();
        assertThat(vm.takeCommand().isExecutable()).isFalse();
    }

    @Test
    void leavingAnEmptyReturnGoesBackToSelling() {
        vm.scan("T01-00000001");

        vm.backCommand().execute();

        assertThat(current.get().ticket().isReturn()).isFalse();
        assertThat(shown).containsExactly(Screen.SALE);
    }
}
