package dev.opentill.app.cash;

import static dev.opentill.app.cash.CashDeskTest.MANAGER;
import static dev.opentill.app.cash.CashDeskTest.count;
import static dev.opentill.app.cash.CashDeskTest.setting;
import static dev.opentill.app.cash.CashDeskTest.startTill;
import static dev.opentill.app.cash.CashDeskTest.yuan;
import static dev.opentill.app.testing.SaleErrors.errorOf;
import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.app.testing.TestStores.TEA;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.cash.CashOffice.CloseRequest;
import dev.opentill.app.testing.TestClock;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.cash.TenderTaken;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenders other than cash at the close: totalled from what the till recorded (with how many carried
 * a reference), hidden while counts are blind, declared against that total with each tender's own
 * variance limit, and on the Z as declared.
 */
class OtherTendersAtCloseTest {
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

    private void sell(String code, TenderType type, String reference) {
        till.selling().scan(code);
        Money due = till.ticket().totals().total();
        till.tender().addTender(type, due, reference);
        till.tender().complete();
    }

    /** Card 3.50 (slip AUTH-1) + 6.80 (slip AUTH-2), mobile 12.00 (payment id), one cash sale. */
    private void aDayOfTenders() {
        sell(COLA, TenderType.CARD, "AUTH-1");
        sell(CHIPS, TenderType.CARD, "AUTH-2");
        sell(TEA, TenderType.MOBILE, "WX-4200");
        sell(COLA, TenderType.CASH, null);
    }

    @Test
    void eachTenderOtherThanCashIsTotalledFromWhatTheTillRecorded() {
        till = startTill(store, clock);
        aDayOfTenders();

        assertThat(till.cash().otherTenders()).containsExactly(
                new TenderTaken("CARD", yuan("10.30"), 2, 2),
                new TenderTaken("MOBILE", yuan("12.00"), 1, 1));
    }

    @Test
    void whileCountsAreBlindTheTotalsAreNotShownBeforeTheClose() {
        setting(store, "cash.blind_count", "true");
        till = startTill(store, clock);
        aDayOfTenders();

        assertThat(till.cash().otherTenders()).containsExactly(new TenderTaken("CARD", null, 2, 2),
                new TenderTaken("MOBILE", null, 1, 1));
    }

    @Test
    void aDeclarationBeyondItsTendersOwnLimitNeedsAReasonAndTheZCarriesWhatWasDeclared() {
        setting(store, "cash.variance_limits", "MOBILE=0");
        till = startTill(store, clock);
        aDayOfTenders();
        Map<String, Money> declared = Map.of("CARD", yuan("10.00"), "MOBILE", yuan("11.00"));

        // CARD is 0.30 short, within the default 5.00; MOBILE 1.00 short, beyond its 0.00.
        assertThat(errorOf(() -> till.cash().close(new CloseRequest(count(till), declared, null, true), MANAGER)))
                .isEqualTo(SaleError.VARIANCE_NEEDS_APPROVAL);
        assertThat(store.dsl().fetchCount(SHIFT, SHIFT.CLOSED_AT.isNull())).isEqualTo(1);

        ZReport z = till.cash().close(new CloseRequest(count(till), declared, "Refund not in the list", true),
                MANAGER);

        assertThat(z.tender("CARD").expected()).isEqualTo(yuan("10.30"));
        assertThat(z.tender("CARD").counted()).isEqualTo(yuan("10.00"));
        assertThat(z.tender("CARD").beyondLimit()).isFalse();
        assertThat(z.tender("MOBILE").variance()).isEqualTo(yuan("-1.00"));
        assertThat(z.tender("MOBILE").limit()).isEqualTo(yuan("0.00"));
        assertThat(z.tender("MOBILE").beyondLimit()).isTrue();
        assertThat(z.cash().varianceReason()).isEqualTo("Refund not in the list");
        assertThat(till.cash().z(1).orElseThrow().tender("MOBILE").counted()).isEqualTo(yuan("11.00"));
    }

    @Test
    void aTenderLeftUndeclaredIsTakenAsItsRecordedTotal() {
        till = startTill(store, clock);
        aDayOfTenders();

        ZReport z = till.cash().close(new CloseRequest(count(till), Map.of("CARD", yuan("10.30")), null, true),
                MANAGER);

        assertThat(z.tender("MOBILE").counted()).isEqualTo(yuan("12.00"));
        assertThat(z.tender("MOBILE").variance()).isEqualTo(yuan("0.00"));
        assertThat(z.tender("CARD").variance()).isEqualTo(yuan("0.00"));
    }
}
