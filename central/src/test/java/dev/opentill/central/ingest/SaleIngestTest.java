package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.SALE_LINE;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.core.sync.SaleEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The centre's side of a push, over real HTTP: idempotent, all-or-nothing validation, resends mixed with news. */
class SaleIngestTest {
    @TempDir
    static Path dir;
    private static PushHarness centre;

    @BeforeAll
    static void start() {
        centre = new PushHarness(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static int stored(List<SaleEvent> sales) {
        return centre.central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(sales.stream().map(SaleEvent::eventId).toList()));
    }

    @Test
    void aSalePushedTwiceIsStoredOnce() {
        SaleEvent sale = centre.sale();

        Answer first = centre.push(List.of(sale));
        Answer second = centre.push(List.of(sale));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(first.body().get("acks").findValuesAsText("status")).containsExactly("applied");
        assertThat(second.body().get("acks").findValuesAsText("status")).containsExactly("duplicate");
        assertThat(stored(List.of(sale))).isEqualTo(1);
        assertThat(centre.central.dsl().fetchCount(SALE_LINE, SALE_LINE.SALE_ID.eq(sale.saleId()))).isEqualTo(1);
        assertThat(centre.central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.eq(sale.eventId())))
                .isEqualTo(1);
    }

    @Test
    void aBatchWithAMalformedEventIsRefusedNamingItAndNothingOfItIsStored() {
        SaleEvent good = centre.sale();
        SaleEvent bad = centre.sale();
        SaleEvent noReceipt = new SaleEvent(bad.eventId(), bad.saleId(), bad.storeCode(), bad.terminalCode(),
                bad.sequenceNo(), null, bad.kind(), null, bad.cashierId(), null, bad.openedAt(), bad.completedAt(),
                bad.currency(), bad.subtotalMinor(), bad.discountMinor(), bad.taxMinor(), bad.totalMinor(), 0, 0, false,
                bad.lines(), bad.payments(), bad.stock(), bad.points(), bad.coupons());

        Answer a = centre.push(List.of(good, noReceipt));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("rejected").findValuesAsText("eventId")).containsExactly(bad.eventId().toString());
        assertThat(stored(List.of(good, noReceipt))).isZero();
    }

    @Test
    void aBatchMixingHeldAndNewEventsStoresOnlyTheNewOnes() {
        SaleEvent held = centre.sale();
        SaleEvent fresh = centre.sale();
        centre.push(List.of(held));

        Answer mixed = centre.push(List.of(held, fresh));

        assertThat(mixed.body().get("acks").findValuesAsText("status")).containsExactly("duplicate", "applied");
        assertThat(mixed.body().get("ackedThrough").asLong()).isEqualTo(fresh.sequenceNo());
        assertThat(stored(List.of(held, fresh))).isEqualTo(2);
        List<UUID> ids = List.of(held.eventId(), fresh.eventId());
        assertThat(centre.central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.in(ids))).isEqualTo(2);
    }
}
