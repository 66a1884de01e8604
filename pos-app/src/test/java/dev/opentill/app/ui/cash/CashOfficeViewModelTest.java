package dev.opentill.app.ui.cash;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.CASH_MOVEMENT;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.security.Approval;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.testing.TestClock;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.app.ui.ScriptedApprovals;
import dev.opentill.app.ui.cash.CashOfficeViewModel.Features;
import dev.opentill.app.ui.cash.CloseViewModel.Step;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.devices.PrinterState;
import dev.opentill.app.ui.journal.ShiftReportLines;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.money.Money;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cash office's view-models over a real till store (H2 file, migrations, the real CashDesk),
 * with a scripted manager and the simulated printer: what the manager does and what comes out.
 */
class CashOfficeViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));
    private final SimulatedDevices devices = new SimulatedDevices(Runnable::run);
    private final ScriptedApprovals approvals = new ScriptedApprovals();
    private final List<Screen> shown = new ArrayList<>();
    private TillStore store;
    private TillServices till;
    private CashOfficeViewModel vm;

    private void start(String... settings) {
        store = TillFixture.newStore(dir);
        store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
        for (int i = 0; i < settings.length; i += 2) {
            store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, settings[i])
                    .set(STORE_SETTING.SETTING_VALUE, settings[i + 1]).execute();
        }
        till = TillServices.open(store, TillConfig.load(store.dsl()), clock, ZONE, BarcodeParser.withDefaultLayouts(),
                true);
        till.authority().signIn(till.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        DirectTaskRunner runner = new DirectTaskRunner();
        Messages en = new Messages(Locale.ENGLISH);
        vm = new CashOfficeViewModel(runner,
                new Features(till.cash(), till.cash(), till.shifts(), null, till.reports(), null),
                new ApprovalFlow(runner, approvals), new CashSlips(en, ZONE, "S0001-T01"),
                new SlipPrinter(runner, devices), r -> ShiftReportLines.of(r, en, ZONE), clock, shown::add);
        approvals.answer = new Approval("8001", "8888");
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private void openWith(String hundreds, String fifties) {
        vm.open().sheet().set(10_000, false, hundreds);
        vm.open().sheet().set(5_000, false, fifties);
        vm.open().openCommand().execute();
    }

    private void sellForCash(String code, String handed) {
        till.selling().scan(code);
        till.tender().addTender(TenderType.CASH, Money.parse(handed, Money.CNY), null);
        till.tender().complete();
    }

    private List<String> lastPrinted() {
        List<List<String>> all = devices.reports();
        return all.get(all.size() - 1);
    }

    @Test
    void theFloatIsCountedByDenominationApprovedByAManagerAndPrintedOnASlip() {
        start();
        openWith("2", "1");

        assertThat(vm.open().sheet().totalProperty().get()).isEqualTo(Money.parse("0", Money.CNY));
        assertThat(approvals.asked).extracting(UiText::key).containsExactly("override.open_shift");
        assertThat(till.shifts().xReport().openingFloat()).isEqualTo(Money.parse("250.00", Money.CNY));
        assertThat(lastPrinted()).first().isEqualTo("OPENING FLOAT");
        assertThat(lastPrinted()).contains("¥100.00 note x 2 = ¥200.00", "¥50.00 note x 1 = ¥50.00",
                "Total: ¥250.00");
    }

    @Test
    void aCountThatIsNotAWholeNumberOpensNothing() {
        start();
        vm.open().sheet().set(10_000, false, "2.5");

        assertThat(vm.open().sheet().totalProperty().get()).isNull();
        assertThat(vm.open().openCommand().isExecutable()).isFalse();
        vm.open().openCommand().execute();
        vm.open().sheet().set(10_000, false, "10001");
        assertThat(vm.open().openCommand().isExecutable()).isFalse();

        assertThat(approvals.asked).isEmpty();
        assertThat(store.dsl().fetchCount(CASH_MOVEMENT)).isZero();
    }

    @Test
    void aPayOutBeyondTheCashiersLimitNeedsAManagerAndPrintsItsSlip() {
        start();
        openWith("3", "");
        approvals.asked.clear();
        vm.moves().kindProperty().set(Kind.PAY_OUT);
        vm.moves().reasonProperty().set("PETTY_CASH");
        vm.moves().amountProperty().set("150");

        vm.moves().recordCommand().execute();

        assertThat(approvals.asked).extracting(UiText::key).containsExactly("override.cash_move");
        assertThat(vm.moves().lastProperty().get().approverId()).isNotNull();
        assertThat(lastPrinted()).contains("PAY OUT", "Amount: ¥150.00", "From till to outside the store",
                "Reason: Petty cash", "Approved by a manager");
        assertThat(till.cash().drawer().expected()).isEqualTo(Money.parse("150.00", Money.CNY));
    }

    @Test
    void aPayOutWithinTheLimitNeedsNoManagerAndOneBeyondTheDrawerIsRefused() {
        start();
        openWith("1", "");
        approvals.asked.clear();
        vm.moves().reasonProperty().set("SUPPLIER");
        vm.moves().amountProperty().set("40");
        vm.moves().recordCommand().execute();
        assertThat(approvals.asked).isEmpty();
        int slips = devices.reports().size();

        vm.moves().amountProperty().set("90");
        vm.moves().recordCommand().execute();

        assertThat(vm.moves().messageProperty().get().key()).isEqualTo("error.CASH_EXCEEDS_DRAWER");
        assertThat(devices.reports()).hasSize(slips);
        assertThat(till.cash().drawer().expected()).isEqualTo(Money.parse("60.00", Money.CNY));
    }

    @Test
    void aDropIsPromptedOverTheThresholdAndTheDropWithItsBagClearsIt() {
        start("cash.drop_threshold", "26000");
        openWith("2", "1");
        List<Boolean> due = new ArrayList<>();
        vm.checkDrop(due::add);
        sellForCash(TestStores.TEA, "100.00");
        vm.checkDrop(due::add);
        assertThat(due).containsExactly(false, true);

        vm.startDrop();
        assertThat(vm.panelProperty().get()).isEqualTo(CashOfficeViewModel.Panel.MOVE);
        assertThat(vm.moves().kindProperty().get()).isEqualTo(Kind.SAFE_DROP);
        assertThat(vm.moves().dropDueProperty().get()).isTrue();
        vm.moves().amountProperty().set("200");
        vm.moves().bagNoProperty().set("B-1042");
        vm.moves().recordCommand().execute();

        assertThat(vm.moves().dropDueProperty().get()).isFalse();
        assertThat(lastPrinted()).contains("SAFE DROP", "Amount: ¥200.00", "From till to safe", "Bag: B-1042");
        vm.checkDrop(due::add);
        assertThat(due).containsExactly(false, true, false);
    }

    @Test
    void aTillAuditRecordsTheCountAndShowsNothingOfTheExpectedCash() {
        start("cash.blind_count", "true");
        openWith("2", "");
        vm.show(CashOfficeViewModel.Panel.MOVE);
        assertThat(vm.moves().expectedProperty().get()).isNull();
        vm.audit().sheet().set(10_000, false, "1");
        vm.audit().sheet().set(5_000, false, "2");

        vm.audit().recordCommand().execute();

        assertThat(vm.audit().messageProperty().get()).isEqualTo(UiText.of("cash.audit_recorded", "¥200.00"));
        assertThat(lastPrinted()).first().isEqualTo("TILL AUDIT");
        assertThat(lastPrinted()).contains("Total: ¥200.00").noneMatch(l -> l.contains("xpected"));
    }

    @Test
    void theXReportLeavesOutTheExpectedCashWhileCountsAreBlind() {
        start("cash.blind_count", "true");
        openWith("2", "");
        vm.show(CashOfficeViewModel.Panel.X_REPORT);

        assertThat(vm.xLines()).first().isEqualTo("X REPORT (shift still open)");
        assertThat(vm.xLines()).noneMatch(l -> l.startsWith("Cash expected"));
        assertThat(lastPrinted()).isEqualTo(vm.xLines());
    }

    @Test
    void theBackKeyReturnsToTheSale() {
        start();
        vm.backCommand().execute();
        assertThat(shown).containsExactly(Screen.SALE);
    }

    private void closeBlindShortBy(String hundreds) {
        vm.show(CashOfficeViewModel.Panel.CLOSE);
        var close = vm.close();
        assertThat(close.stepProperty().get()).isEqualTo(Step.REVIEW);
        assertThat(close.reviewLines()).first().isEqualTo(UiText.of("cash.review.pending", 1, 0L, 0L));
        assertThat(close.toCountCommand().isExecutable()).isFalse();
        close.pendingConfirmedProperty().set(true);
        close.toCountCommand().execute();
        assertThat(close.stepProperty().get()).isEqualTo(Step.COUNT);
        close.sheet().set(10_000, false, hundreds);
    }

    @Test
    void aBlindCloseReviewsFirstNeverShowsTheExpectedCashAndAVarianceNeedsAReason() {
        start("cash.blind_count", "true");
        openWith("2", "");
        sellForCash(TestStores.TEA, "12.00");
        approvals.asked.clear();
        closeBlindShortBy("2");
        assertThat(vm.close().expectedProperty().get()).isNull();

        vm.close().closeCommand().execute();

        assertThat(vm.close().messageProperty().get().key()).isEqualTo("error.VARIANCE_NEEDS_APPROVAL");
        assertThat(vm.close().reasonNeededProperty().get()).isTrue();
        assertThat(vm.close().stepProperty().get()).isEqualTo(Step.COUNT);
        assertThat(till.cash().zReports(null)).isEmpty();

        vm.close().varianceReasonProperty().set("Change given twice");
        vm.close().closeCommand().execute();

        assertThat(vm.close().stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(approvals.asked).extracting(UiText::key).containsExactly("override.close_shift",
                "override.close_shift");
        assertThat(vm.close().zLines()).first().isEqualTo("Z REPORT No. 1");
        assertThat(vm.close().zLines()).contains("Approved by Zhao Min", "Variance reason: Change given twice",
                "expected ¥212.00  counted ¥200.00  variance -¥12.00", "Not at the centre: 1 sale(s), 0 rejected");
        assertThat(lastPrinted()).isEqualTo(vm.close().zLines());
        assertThat(vm.close().zUnprintedProperty().get()).isFalse();
    }

    @Test
    void aZThatDidNotPrintIsStoredAndPrintsLater() {
        start();
        openWith("2", "");
        devices.setPrinter(PrinterState.PAPER_OUT);
        vm.show(CashOfficeViewModel.Panel.CLOSE);
        vm.close().toCountCommand().execute();
        assertThat(vm.close().expectedProperty().get()).isEqualTo(Money.parse("200.00", Money.CNY));
        vm.close().sheet().set(10_000, false, "2");

        vm.close().closeCommand().execute();

        assertThat(vm.close().messageProperty().get()).isEqualTo(UiText.of("cash.z_not_printed", 1L));
        assertThat(till.cash().z(1)).isPresent();
        assertThat(devices.reports()).noneMatch(r -> r.get(0).startsWith("Z REPORT"));
        devices.setPrinter(PrinterState.READY);
        vm.close().printZCommand().execute();
        assertThat(lastPrinted()).first().isEqualTo("Z REPORT No. 1");
        assertThat(vm.close().zUnprintedProperty().get()).isFalse();
    }

    @Test
    void pastZReportsAreFoundByDateOrNumberAndReprintedAsACopy() {
        start();
        openWith("2", "");
        vm.show(CashOfficeViewModel.Panel.CLOSE);
        vm.close().toCountCommand().execute();
        vm.close().sheet().set(10_000, false, "2");
        vm.close().closeCommand().execute();
        var past = vm.pastZ();

        vm.show(CashOfficeViewModel.Panel.PAST_Z);
        assertThat(past.found()).hasSize(1);
        past.queryProperty().set("2026-12-07");
        past.findCommand().execute();
        assertThat(past.found()).extracting(z -> z.header().zNumber()).containsExactly(1L);
        past.queryProperty().set("2026-12-06");
        past.findCommand().execute();
        assertThat(past.found()).isEmpty();
        assertThat(past.messageProperty().get()).isEqualTo(UiText.of("cash.z_none", "2026-12-06"));
        past.queryProperty().set("yesterday");
        past.findCommand().execute();
        assertThat(past.messageProperty().get().key()).isEqualTo("cash.z_query_invalid");
        past.queryProperty().set("1");
        past.findCommand().execute();
        assertThat(past.lines()).first().isEqualTo("Z REPORT No. 1");

        past.reprintCommand().execute();

        assertThat(lastPrinted()).startsWith("Z REPORT No. 1", "*** COPY ***");
        assertThat(past.messageProperty().get()).isEqualTo(UiText.of("cash.z_reprinted", 1L));
    }

    @Test
    void otherTendersAreDeclaredAtTheCloseAndAnAmountThatIsNoneClosesNothing() {
        start("cash.variance_limits", "CARD=0");
        openWith("2", "");
        till.selling().scan(TestStores.TEA);
        till.tender().addTender(TenderType.CARD, Money.parse("12.00", Money.CNY), "AUTH-7");
        till.tender().complete();
        vm.show(CashOfficeViewModel.Panel.CLOSE);
        vm.close().pendingConfirmedProperty().set(true);
        vm.close().toCountCommand().execute();
        assertThat(vm.close().declared().rows()).extracting(r -> r.taken().tender()).containsExactly("CARD");
        assertThat(vm.close().declared().rows().get(0).taken().total()).isEqualTo(Money.parse("12.00", Money.CNY));
        vm.close().sheet().set(10_000, false, "2");

        vm.close().declared().set("CARD", "12,5");
        vm.close().closeCommand().execute();

        assertThat(vm.close().messageProperty().get())
                .isEqualTo(UiText.of("cash.declared_invalid", UiText.of("tender.type.CARD"), "12,5"));
        assertThat(approvals.asked).extracting(UiText::key).containsExactly("override.open_shift");
        assertThat(till.cash().zReports(null)).isEmpty();

        vm.close().declared().set("CARD", "11.50");
        vm.close().closeCommand().execute();
        assertThat(vm.close().messageProperty().get().key()).isEqualTo("error.VARIANCE_NEEDS_APPROVAL");
        vm.close().varianceReasonProperty().set("Slip for 0.50 missing");
        vm.close().closeCommand().execute();

        assertThat(vm.close().stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.close().zLines()).containsSubsequence("Card", "expected ¥12.00  counted ¥11.50  variance -¥0.50",
                "Beyond its limit of ¥0.00: approved");
    }
}
