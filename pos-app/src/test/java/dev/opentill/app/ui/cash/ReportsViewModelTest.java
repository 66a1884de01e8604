package dev.opentill.app.ui.cash;

import static dev.opentill.store.jooq.Tables.CASHIER;
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
import dev.opentill.app.ui.cash.CashOfficeViewModel.Panel;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.devices.PrinterState;
import dev.opentill.app.ui.journal.ShiftReportLines;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.money.Money;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's reports panel over a real store: a cashier opens it, a manager approves, today's
 * figures show as they print, in English and in Chinese; a date that is none is said so.
 */
class ReportsViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T01:10:00Z"));
    private final SimulatedDevices devices = new SimulatedDevices(Runnable::run);
    private final ScriptedApprovals approvals = new ScriptedApprovals();
    private TillStore store;
    private TillServices till;

    private CashOfficeViewModel start(Locale locale) {
        store = TillFixture.newStore(dir);
        store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
        till = TillServices.open(store, TillConfig.load(store.dsl()), clock, ZONE, BarcodeParser.withDefaultLayouts(),
                true);
        till.authority().signIn(till.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        DirectTaskRunner runner = new DirectTaskRunner();
        Messages m = new Messages(locale);
        approvals.answer = new Approval("8001", "8888");
        return new CashOfficeViewModel(runner, new Features(till.cash(), till.cash(), till.shifts(), null,
                till.reports(), null), new ApprovalFlow(runner, approvals), new CashSlips(m, ZONE, "S0001-T01"),
                new SlipPrinter(runner, devices), r -> ShiftReportLines.of(r, m, ZONE), clock, s -> {
                });
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private void sell(String... codes) {
        for (String code : codes) {
            till.selling().scan(code);
        }
        till.tender().addTender(TenderType.CASH, till.ticket().totals().total(), null);
        till.tender().complete();
    }

    @Test
    void todaysFiguresShowAfterAManagersApprovalAndPrintAsShown() {
        CashOfficeViewModel vm = start(Locale.ENGLISH);
        sell(TestStores.TEA, TestStores.COLA);
        sell(TestStores.COLA);

        vm.show(Panel.REPORTS);

        assertThat(approvals.asked).containsExactly(UiText.of("override.reports"));
        assertThat(vm.reports().dateProperty().get()).isEqualTo("2026-12-07");
        assertThat(vm.reports().lines()).containsExactly("SALES OF THE DAY 2026-12-07", "Terminal S0001-T01",
                "Sales 2, returns 0, net ¥19.00", "", "By hour", "09:00  2 sale(s), 0 return(s)  ¥19.00", "",
                "By cashier", "Li Na  2 sale(s), 0 return(s)  ¥19.00", "", "Top products",
                "1. Tieguanyin Tea 100g  x1  ¥12.00", "2. Coca-Cola 330ml  x2  ¥7.00");

        vm.reports().printCommand().execute();

        List<List<String>> printed = devices.reports();
        assertThat(printed.get(printed.size() - 1)).isEqualTo(vm.reports().lines());
        assertThat(vm.reports().messageProperty().get()).isEqualTo(UiText.of("reports.printed"));
    }

    @Test
    void inChineseTheProductsAreNamedInChinese() {
        CashOfficeViewModel vm = start(Locale.SIMPLIFIED_CHINESE);
        sell(TestStores.TEA);

        vm.show(Panel.REPORTS);

        assertThat(vm.reports().lines()).contains("当日销售 2026-12-07", "销售 1 笔，退货 0 笔，净额 ¥12.00",
                "1. 铁观音 100g  x1  ¥12.00");
    }

    @Test
    void aDateThatIsNoneIsSaidSoAndADayWithoutSalesToo() {
        CashOfficeViewModel vm = start(Locale.ENGLISH);
        vm.show(Panel.REPORTS);
        assertThat(vm.reports().messageProperty().get()).isEqualTo(UiText.of("reports.none", "2026-12-07"));

        vm.reports().dateProperty().set("7 Dec");
        vm.reports().showCommand().execute();

        assertThat(vm.reports().messageProperty().get()).isEqualTo(UiText.of("reports.date_invalid", "7 Dec"));
    }

    @Test
    void aReportThatDidNotPrintSaysSo() {
        CashOfficeViewModel vm = start(Locale.ENGLISH);
        sell(TestStores.TEA);
        vm.show(Panel.REPORTS);
        devices.setPrinter(PrinterState.PAPER_OUT);

        vm.reports().printCommand().execute();

        assertThat(vm.reports().messageProperty().get()).isEqualTo(UiText.of("reports.not_printed"));
        assertThat(Money.parse("12.00", Money.CNY)).isEqualTo(vm.reports().reportProperty().get().net());
    }
}
