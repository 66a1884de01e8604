package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.internal.TillSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A till store in a temp folder that completes sales the way the till does: outbox + ledgers in one transaction. */
final class TillFixture implements AutoCloseable {
    private final ObjectMapper mapper = SyncJson.mapper();
    private final TillStore store;
    final String storeCode;
    final String terminalCode;

    TillFixture(Path dir, String storeCode, String terminalCode) {
        this.store = TillStore.open(dir.resolve("till"));
        this.storeCode = storeCode;
        this.terminalCode = terminalCode;
    }

    /** Opens a till and enrolls it with {@code code}, then points it at {@code url} (a proxy, say). */
    static TillFixture enrolled(Path dir, CentralFixture central, String store, String terminal, String url) {
        String code = central.storeWithTerminal(store, terminal);
        TillFixture till = new TillFixture(dir, store, terminal);
        Enrollment.enroll(till.dsl(), central.url(), code, "test");
        TillSettings.put(till.dsl(), TillSettings.SYNC_URL, url);
        return till;
    }

    /** A second (third...) till of a store that already has one, enrolled like the first. */
    static TillFixture another(Path dir, CentralFixture central, String store, String terminal) {
        String code = central.terminalOf(store, terminal);
        TillFixture till = new TillFixture(dir, store, terminal);
        Enrollment.enroll(till.dsl(), central.url(), code, "test");
        return till;
    }

    DSLContext dsl() {
        return store.dsl();
    }

    TillStore store() {
        return store;
    }

    /** Completes a sale of one unit of each product; with a member card it earns one point per line. */
    SaleEvent sell(List<UUID> products, String memberCard, Instant at) {
        return sell(products, memberCard, at, List.of());
    }

    /** A sale that also redeems {@code coupons} (their amounts off the total). */
    SaleEvent sell(List<UUID> products, String memberCard, Instant at, List<SaleEvent.CouponUse> coupons) {
        return sell(products, memberCard, at, coupons, null);
    }

    /** The hand-over of an order paid online: the whole total as a PREPAID tender referencing it. */
    SaleEvent collect(List<UUID> products, String orderNo) {
        return sell(products, null, Instant.now(), List.of(), orderNo);
    }

    private SaleEvent sell(List<UUID> products, String memberCard, Instant at, List<SaleEvent.CouponUse> coupons,
            String prepaidOrder) {
        return dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long seq = tx.select(DSL.coalesce(DSL.max(OUTBOX.SEQ), 0L)).from(OUTBOX).fetchSingle().value1() + 1;
            UUID saleId = UuidV7.next();
            List<SaleEvent.Line> lines = new ArrayList<>();
            List<SaleEvent.StockEntry> stock = new ArrayList<>();
            List<SaleEvent.PointsEntry> points = new ArrayList<>();
            long off = coupons.stream().mapToLong(SaleEvent.CouponUse::amountMinor).sum();
            int no = 0;
            for (UUID p : products) {
                no++;
                // The coupon comes off the first line, so the lines add up to the total.
                long discount = no == 1 ? off : 0;
                lines.add(new SaleEvent.Line(UuidV7.next(), no, p, "SKU-" + p, 1000, 1200, null, discount,
                        1200 - discount, 1300, false, null));
                stock.add(new SaleEvent.StockEntry(UuidV7.next(), p, -1000, "sale"));
                if (memberCard != null) {
                    points.add(new SaleEvent.PointsEntry(UuidV7.next(), memberCard, 1, "earn"));
                }
            }
            long total = 1200L * products.size() - off;
            SaleEvent e = new SaleEvent(UuidV7.next(), saleId, storeCode, terminalCode, seq,
                    terminalCode + "-" + seq, SaleKind.SALE, null, UuidV7.next(), memberCard, at.minusSeconds(30), at,
                    "CNY", total + off, off, total * 13 / 113, total, 0, 0, false, lines,
                    List.of(prepaidOrder == null
                            ? new SaleEvent.Payment("CASH", total, null)
                            : new SaleEvent.Payment("PREPAID", total, prepaidOrder)),
                    stock, points, coupons);
            for (SaleEvent.StockEntry s : stock) {
                tx.insertInto(STOCK_LEDGER).set(STOCK_LEDGER.ID, s.entryId())
                        .set(STOCK_LEDGER.PRODUCT_ID, s.productId())
                        .set(STOCK_LEDGER.DELTA_MILLI, s.deltaMilli()).set(STOCK_LEDGER.REASON, s.reason())
                        .set(STOCK_LEDGER.REF_ID, saleId).set(STOCK_LEDGER.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                        .execute();
            }
            for (SaleEvent.PointsEntry pe : points) {
                tx.insertInto(POINTS_LEDGER).set(POINTS_LEDGER.ID, pe.entryId())
                        .set(POINTS_LEDGER.MEMBER_CARD, pe.memberCard()).set(POINTS_LEDGER.DELTA, pe.delta())
                        .set(POINTS_LEDGER.REASON, pe.reason()).set(POINTS_LEDGER.REF_ID, saleId)
                        .set(POINTS_LEDGER.CREATED_AT, at.atOffset(ZoneOffset.UTC)).execute();
            }
            writeOutbox(tx, seq, e.eventId(), saleId, json(e), at);
            return e;
        });
    }

    SaleEvent sell(List<UUID> products, String memberCard) {
        return sell(products, memberCard, Instant.now());
    }

    void writeOutbox(DSLContext tx, long seq, UUID eventId, UUID saleId, String payload, Instant at) {
        tx.insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, eventId).set(OUTBOX.EVENT_TYPE, SaleEvent.TYPE)
                .set(OUTBOX.AGGREGATE_ID, saleId).set(OUTBOX.PAYLOAD, payload)
                .set(OUTBOX.CREATED_AT, at.atOffset(ZoneOffset.UTC)).execute();
    }

    String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pending() {
        return dsl().fetchCount(OUTBOX, OUTBOX.ACKED_AT.isNull());
    }

    SyncAgent agent() {
        return SyncAgent.create(store, testConfig());
    }

    static SyncConfig testConfig() {
        return SyncConfig.defaults().withPullInterval(Duration.ofHours(1))
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400))
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(20), Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        store.close();
    }
}
