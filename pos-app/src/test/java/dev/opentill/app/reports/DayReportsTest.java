package dev.opentill.app.reports;

import static dev.opentill.app.testing.SaleErrors.errorOf;
import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.app.testing.TestStores.TEA;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.opentill.app.TillServices;
import dev.opentill.app.security.Approval;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.testing.TestClock;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.money.Money;
import dev.opentill.core.report.DayReport;
import dev.opentill.core.report.DayReport.ByCashier;
import dev.opentill.core.report.DayReport.Hour;
import dev.opentill.core.report.DayReport.TopProduct;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager's reports of a business day over a real store, with exact figures: sales by hour in
 * the store's zone (Asia/Shanghai, UTC+8), by cashier and the top products; the day's start moves
 * an after-midnight sale into the previous business date; a cashier needs a manager.
 */
class DayReportsTest {
    static final Approval MANAGER = new Approval("8001", "8888");
    @TempDir
    Path dir;
    TillStore store;
    TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));
    TillServices till;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static TillServices startTill(TillStore store, TestClock clock) {
        TillServices t = TillServices.open(store, TillConfig.load(store.dsl()), clock, ZoneId.of("Asia/Shanghai"),
                BarcodeParser.withDefaultLayouts(), true);
        t.authority().signIn(t.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        return t;
    }

    private static void setting(TillStore store, String key, String value) {
        store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, key)
                .set(STORE_SETTING.SETTING_VALUE, value).execute();
    }

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    private void sellAt(String utc, TenderType type, String... codes) {
        clock.set(Instant.parse(utc));
        for (String code : codes) {
            till.selling().scan(code);
        }
        Money due = till.ticket().totals().total();
        till.tender().addTender(type, due, type == TenderType.CASH ? null : "REF-" + utc);
        till.tender().complete();
    }

    private void signIn(String code) {
        till.authority().signIn(till.staff().byLoginCode(code).orElseThrow());
    }

    /**
     * Li Na sells at 09:10 (cola 3.50) and 09:40 (tea 12.00 + cola 3.50); Wang Wei at 14:05 (two
     * chips, 13.60) and at 00:30 the next night (cola 3.50); one sale the day before (tea).
     */
    private void aDay() {
        till = startTill(store, clock);
        sellAt("2026-12-06T03:00:00Z", TenderType.CASH, TEA);
        sellAt("2026-12-07T01:10:00Z", TenderType.CASH, COLA);
        sellAt("2026-12-07T01:40:00Z", TenderType.CARD, TEA, COLA);
        signIn(TestStores.SUPERVISOR_CODE);
        sellAt("2026-12-07T06:05:00Z", TenderType.MOBILE, CHIPS, CHIPS);
        sellAt("2026-12-07T16:30:00Z", TenderType.CASH, COLA);
    }

    @Test
    void theDaysSalesAreCountedByHourByCashierAndByProduct() {
        aDay();
        signIn("8001");

        DayReport r = till.reports().day(LocalDate.parse("2026-12-07"), null);

        assertThat(r.sales()).isEqualTo(3);
        assertThat(r.returns()).isZero();
        assertThat(r.net()).isEqualTo(yuan("32.60"));
        assertThat(r.byHour()).containsExactly(new Hour(9, 2, 0, yuan("19.00")), new Hour(14, 1, 0, yuan("13.60")));
        assertThat(r.byCashier()).containsExactly(new ByCashier("Li Na", 2, 0, yuan("19.00")),
                new ByCashier("Wang Wei", 1, 0, yuan("13.60")));
        assertThat(r.topProducts()).extracting(TopProduct::nameEn, TopProduct::quantityMilli, TopProduct::amount)
                .containsExactly(
                        tuple("Lay's Chips Original", 2000L, yuan("13.60")),
                        tuple("Tieguanyin Tea 100g", 1000L, yuan("12.00")),
                        tuple("Coca-Cola 330ml", 2000L, yuan("7.00")));
    }

    @Test
    void aDayThatStartsAtTwoKeepsTheAfterMidnightSaleInTheBusinessDateBefore() {
        setting(store, "business.day_start", "02:00");
        aDay();
        signIn("8001");

        DayReport r = till.reports().day(LocalDate.parse("2026-12-07"), null);

        assertThat(r.sales()).isEqualTo(4);
        assertThat(r.byHour()).extracting(Hour::hour).containsExactly(9, 14, 0);
        assertThat(r.byCashier()).containsExactly(new ByCashier("Li Na", 2, 0, yuan("19.00")),
                new ByCashier("Wang Wei", 2, 0, yuan("17.10")));
    }

    @Test
    void aCashierSeesTheFiguresOnlyWithAManagersApproval() {
        aDay();
        signIn(TestStores.CASHIER_CODE);

        assertThat(errorOf(() -> till.reports().day(LocalDate.parse("2026-12-07"), null)))
                .isEqualTo(SaleError.NOT_AUTHORISED);
        assertThat(till.reports().day(LocalDate.parse("2026-12-07"), MANAGER).sales()).isEqualTo(3);
    }

    @Test
    void todayIsTheBusinessDateOfTheClockInTheStoresZone() {
        till = startTill(store, clock);
        clock.set(Instant.parse("2026-12-07T16:30:00Z")); // 00:30 on the 8th in Shanghai

        assertThat(till.reports().today()).isEqualTo(LocalDate.parse("2026-12-08"));
    }
}
