package dev.opentill.bench;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.sync.SyncJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Builds 5-line sales and writes them to a till store the way the sale service does. */
final class SyncBenchSales {
    private static final ObjectMapper JSON = SyncJson.mapper();

    private SyncBenchSales() {
    }

    static SaleEvent sale(String store, String terminal, long seq, List<UUID> products, Instant at) {
        UUID saleId = UuidV7.next();
        List<SaleEvent.Line> lines = new ArrayList<>();
        List<SaleEvent.StockEntry> stock = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID p = products.get((int) ((seq * 5 + i) % products.size()));
            lines.add(
                    new SaleEvent.Line(UuidV7.next(), i + 1, p, "SKU" + i, 1000, 990, null, 0, 990, 1300, false, null));
            stock.add(new SaleEvent.StockEntry(UuidV7.next(), p, -1000, "sale"));
        }
        List<SaleEvent.PointsEntry> points = List.of(new SaleEvent.PointsEntry(UuidV7.next(), "BENCH-M", 49, "earn"));
        return new SaleEvent(UuidV7.next(), saleId, store, terminal, seq, terminal + "-" + seq, SaleKind.SALE, null,
                UuidV7.next(), "BENCH-M", at.minusSeconds(40), at, "CNY", 4950, 0, 569, 4950, 0, 50, false, lines,
                List.of(new SaleEvent.Payment("CASH", 5000, null)), stock, points);
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the sale's stock entries and outbox event in the caller's transaction. */
    static void write(DSLContext tx, SaleEvent e) {
        var stock = tx.insertInto(STOCK_LEDGER, STOCK_LEDGER.ID, STOCK_LEDGER.PRODUCT_ID, STOCK_LEDGER.DELTA_MILLI,
                STOCK_LEDGER.REASON, STOCK_LEDGER.REF_ID, STOCK_LEDGER.CREATED_AT);
        for (SaleEvent.StockEntry s : e.stock()) {
            stock = stock.values(s.entryId(), s.productId(), s.deltaMilli(), s.reason(), e.saleId(),
                    e.completedAt().atOffset(ZoneOffset.UTC));
        }
        stock.execute();
        tx.insertInto(OUTBOX).set(OUTBOX.SEQ, e.sequenceNo()).set(OUTBOX.EVENT_ID, e.eventId())
                .set(OUTBOX.EVENT_TYPE, SaleEvent.TYPE).set(OUTBOX.AGGREGATE_ID, e.saleId())
                .set(OUTBOX.PAYLOAD, json(e)).set(OUTBOX.CREATED_AT, e.completedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
