package dev.opentill.app.cash;

import static dev.opentill.app.testing.SaleErrors.errorOf;
import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.app.testing.TestStores.TEA;
import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.CASH_MOVEMENT;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.cash.CashOffice.CloseRequest;
import dev.opentill.app.security.Approval;
import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.testing.TestClock;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cash movements at the till on a real store: two-sided, limited per role, audited, refused when impossible. */
class CashDeskTest {
    static final Approval MANAGER = new Approval("8001", "8888");
    static final Approval SUPERVISOR = new Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN);
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
        till = startTill(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static TillServices startTill(TillStore store, TestClock clock) {
        TillServices t = TillServices.open(store, TillConfig.load(store.dsl()), clock, ZoneId.of("Asia/Shanghai"),
                BarcodeParser.withDefaultLayouts(), true);
        t.authority().signIn(t.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        return t;
    }

    static void setting(TillStore store, String key, String value) {
        store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, key)
                .set(STORE_SETTING.SETTING_VALUE, value)
                .execute();
    }

    static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    /** A count in CNY denominations: pairs of (face value in yuan or jiao as text, pieces). */
    static DrawerCount count(TillServices till, String... typedPerDenomination) {
        List<String> t = new ArrayList<>(Collections.nCopies(till.cash().policy().denominations().values().size(), ""));
        for (int i = 0; i < typedPerDenomination.length; i++) {
            t.set(i, typedPerDenomination[i]);
        }
        return DrawerCount.parse(till.cash().policy().denominations(), t);
    }

    static Money sellForCash(TillServices till, String code, String handed) {
        till.selling().scan(code);
        Money total = till.ticket().totals().total();
        till.tender().addTender(TenderType.CASH, yuan(handed), null);
        till.tender().complete();
        return total;
    }

    @Test
    void eachMovementIsStoredTwoSidedAuditedAndMovesTheDrawer() {
        // float: 2 x 100 + 1 x 50 = 250.00
        till.cash().openShift(count(till, "2", "1"), MANAGER);
        Money sold = sellForCash(till, TEA, "20.00");
        till.cash().move(Kind.PAY_IN, yuan("50.00"), "CHANGE_FUND", null, null);
        till.cash().move(Kind.PAY_OUT, yuan("30.00"), "SUPPLIER", null, null);
        till.cash().move(Kind.SAFE_DROP, yuan("100.00"), null, "B-001", null);
        till.cash().move(Kind.SAFE_PICKUP, yuan("20.00"), null, "B-002", null);

        var rows = store.dsl().selectFrom(CASH_MOVEMENT).orderBy(CASH_MOVEMENT.AT).fetch();
        assertThat(rows).extracting(r -> r.getKind() + ":" + r.getFromPlace() + "->" + r.getToPlace() + ":"
                + r.getAmountMinor()).containsExactly("FLOAT:SAFE->TILL:25000", "PAY_IN:OUTSIDE->TILL:5000",
                        "PAY_OUT:TILL->OUTSIDE:3000", "SAFE_DROP:TILL->SAFE:10000", "SAFE_PICKUP:SAFE->TILL:2000");
        assertThat(rows.get(0).getCountSpec()).isEqualTo("n10000x2,n5000x1");
        assertThat(rows.get(3).getBagNo()).isEqualTo("B-001");
        assertThat(store.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("CASH_MOVED"))).isEqualTo(5);
        assertThat(till.cash().drawer().expected())
                .isEqualTo(yuan("250.00").plus(sold).plus(yuan("50.00")).minus(yuan("30.00")).minus(yuan("100.00"))
                        .plus(yuan("20.00")));
        assertThat(till.shifts().xReport().expectedCash()).isEqualTo(till.cash().drawer().expected());
        assertThat(AuditLog.verify(store.dsl())).isEmpty();
    }

    @Test
    void aPayOutOrDropAboveTheDrawersCashIsRefusedAndNothingMoves() {
        till.cash().openShift(count(till, "1"), MANAGER);
        assertThat(errorOf(() -> till.cash().move(Kind.PAY_OUT, yuan("100.01"), "PETTY_CASH", null, MANAGER)))
                .isEqualTo(SaleError.CASH_EXCEEDS_DRAWER);
        assertThat(errorOf(() -> till.cash().move(Kind.SAFE_DROP, yuan("500.00"), null, "B-9", MANAGER)))
                .isEqualTo(SaleError.CASH_EXCEEDS_DRAWER);
        assertThat(errorOf(() -> till.cash().move(Kind.PAY_OUT, yuan("10.00"), null, null, null)))
                .isEqualTo(SaleError.REASON_REQUIRED);
        assertThat(errorOf(() -> till.cash().move(Kind.SAFE_DROP, yuan("10.00"), null, " ", null)))
                .isEqualTo(SaleError.BAG_NUMBER_REQUIRED);
        assertThat(store.dsl().fetchCount(CASH_MOVEMENT)).isEqualTo(1); // the float alone
        assertThat(till.cash().drawer().expected()).isEqualTo(yuan("100.00"));
    }

    @Test
    void aCashierPaysOutWithinTheirLimitAndBeyondItOnlyWithAManager() {
        till.cash().openShift(count(till, "5"), MANAGER);
        till.cash().move(Kind.PAY_OUT, yuan("100.00"), "PETTY_CASH", null, null);
        assertThat(errorOf(() -> till.cash().move(Kind.PAY_OUT, yuan("100.01"), "PETTY_CASH", null, null)))
                .isEqualTo(SaleError.NOT_AUTHORISED);
        assertThat(errorOf(() -> till.cash().move(Kind.PAY_OUT, yuan("100.01"), "PETTY_CASH", null, SUPERVISOR)))
                .isEqualTo(SaleError.NOT_AUTHORISED);
        till.cash().move(Kind.PAY_OUT, yuan("150.00"), "SUPPLIER", null, MANAGER);

        var approved = store.dsl().selectFrom(CASH_MOVEMENT).where(CASH_MOVEMENT.AMOUNT_MINOR.eq(15000L)).fetchSingle();
        assertThat(approved.getApproverId()).isEqualTo(till.staff().byLoginCode("8001").orElseThrow().id());
        assertThat(store.dsl().selectFrom(CASH_MOVEMENT).where(CASH_MOVEMENT.AMOUNT_MINOR.eq(10000L)).fetchSingle()
                .getApproverId()).isNull();
    }

    @Test
    void wrongManagerPinsLockTheManagerOut() {
        till.cash().openShift(count(till, "5"), MANAGER);
        Approval wrong = new Approval("8001", "0000");
        for (int i = 0; i < 5; i++) {
            assertThat(errorOf(() -> till.cash().move(Kind.PAY_OUT, yuan("200.00"), "SUPPLIER", null, wrong)))
                    .isIn(SaleError.NOT_AUTHORISED, SaleError.APPROVER_LOCKED);
        }
        assertThat(errorOf(() -> till.cash().move(Kind.PAY_OUT, yuan("200.00"), "SUPPLIER", null, MANAGER)))
                .isEqualTo(SaleError.APPROVER_LOCKED);
        assertThat(store.dsl().fetchCount(CASH_MOVEMENT, CASH_MOVEMENT.KIND.eq("PAY_OUT"))).isZero();
    }

    @Test
    void aBlindCountHidesTheExpectedCashFromTheDrawerAndTheXReport() {
        setting(store, "cash.blind_count", "true");
        till = startTill(store, clock);
        till.cash().openShift(count(till, "1"), MANAGER);
        sellForCash(till, COLA, "10.00");
        assertThat(till.cash().drawer().expected()).isNull();
        assertThat(till.shifts().xReport().expectedCash()).isNull();
        assertThat(till.shifts().xReport().tenders()).containsKey("CASH");
    }

    @Test
    void theTillPromptsADropOverTheThreshold() {
        setting(store, "cash.drop_threshold", "11000");
        till = startTill(store, clock);
        till.cash().openShift(count(till, "1"), MANAGER);
        sellForCash(till, COLA, "10.00");
        assertThat(till.cash().drawer().dropDue()).isFalse();
        sellForCash(till, TEA, "20.00");
        assertThat(till.cash().drawer().dropDue()).isTrue();
        till.cash().move(Kind.SAFE_DROP, yuan("100.00"), null, "B-3", null);
        assertThat(till.cash().drawer().dropDue()).isFalse();
    }

    @Test
    void aMidShiftCountIsAuditedAndMovesNothing() {
        till.cash().openShift(count(till, "1"), MANAGER);
        till.cash().countDrawer(count(till, "1", "", "", "", "", "", "", "", "3"));
        assertThat(store.dsl().select(AUDIT_LOG.DETAIL).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("DRAWER_COUNTED"))
                .fetchSingle().value1()).isEqualTo("counted 10030 n10000x1,c10x3");
        assertThat(store.dsl().fetchCount(CASH_MOVEMENT)).isEqualTo(1);
    }

    @Test
    void aMovementWithNoShiftOpenIsRefused() {
        assertThat(errorOf(() -> till.cash().move(Kind.PAY_IN, yuan("10.00"), "BANK", null, null)))
                .isEqualTo(SaleError.NO_OPEN_SHIFT);
        assertThat(store.dsl().fetchCount(SHIFT)).isZero();
    }

    @Test
    void aClockSetBackIsRefusedWithBothTimes() {
        till.cash().openShift(count(till, "1"), MANAGER);
        sellForCash(till, CHIPS, "10.00");
        clock.set(Instant.parse("2026-12-06T23:00:00Z"));
        assertThat(errorOf(() -> till.cash().move(Kind.PAY_IN, yuan("10.00"), "BANK", null, null)))
                .isEqualTo(SaleError.CLOCK_SET_BACK);
        assertThat(errorOf(() -> till.cash().close(new CloseRequest(count(till, "1"), Map.of(), null, true),
                MANAGER))).isEqualTo(SaleError.CLOCK_SET_BACK);
        assertThat(store.dsl().fetchCount(SHIFT, SHIFT.CLOSED_AT.isNull())).isEqualTo(1);
    }
}
