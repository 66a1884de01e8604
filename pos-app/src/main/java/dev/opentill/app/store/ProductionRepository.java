package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.PRODUCTION_ORDER;
import static dev.opentill.store.jooq.Tables.PRODUCT_OPTION_GROUP;

import dev.opentill.core.production.ProductionOrder;
import dev.opentill.core.production.ProductionStatus;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.ProductionOrderRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The till's production queue: orders join once (keyed by terminal and receipt number, so a
 * second join of the same sale changes nothing) and move forward only, each change one durable
 * transaction that re-reads the order's state under lock.
 */
public final class ProductionRepository {
    private final TillStore store;
    private final Clock clock;

    public ProductionRepository(TillStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Which of {@code productIds} are made to order (they have option groups). */
    public Set<UUID> madeToOrder(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(store.dsl().selectDistinct(PRODUCT_OPTION_GROUP.PRODUCT_ID).from(PRODUCT_OPTION_GROUP)
                .where(PRODUCT_OPTION_GROUP.PRODUCT_ID.in(productIds)).fetch(PRODUCT_OPTION_GROUP.PRODUCT_ID));
    }

    /** Adds the order unless its receipt is already queued; returns what the queue holds for it. */
    public ProductionOrder join(ProductionOrder o) {
        OffsetDateTime now = utc(clock.instant());
        ProductionOrder held = store.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ProductionOrderRecord r = tx.selectFrom(PRODUCTION_ORDER)
                    .where(PRODUCTION_ORDER.TERMINAL_CODE.eq(o.terminalCode()))
                    .and(PRODUCTION_ORDER.RECEIPT_NO.eq(o.receiptNo())).fetchOne();
            if (r != null) {
                return order(r);
            }
            tx.insertInto(PRODUCTION_ORDER).set(PRODUCTION_ORDER.ID, o.id())
                    .set(PRODUCTION_ORDER.TERMINAL_CODE, o.terminalCode())
                    .set(PRODUCTION_ORDER.RECEIPT_NO, o.receiptNo())
                    .set(PRODUCTION_ORDER.CALL_NUMBER, o.callNumber())
                    .set(PRODUCTION_ORDER.PLATFORM_SERIAL, o.platformSerial())
                    .set(PRODUCTION_ORDER.CHANNEL, o.channel().name()).set(PRODUCTION_ORDER.CUPS, o.cups())
                    .set(PRODUCTION_ORDER.SUMMARY, clip(o.summary(), 1000))
                    .set(PRODUCTION_ORDER.STATUS, o.status().name())
                    .set(PRODUCTION_ORDER.CREATED_AT, utc(o.createdAt()))
                    .set(PRODUCTION_ORDER.UPDATED_AT, now).execute();
            return o;
        });
        store.syncToDisk();
        return held;
    }

    /** Orders still being made or waiting to be collected, oldest first. */
    public List<ProductionOrder> open() {
        return store.dsl().selectFrom(PRODUCTION_ORDER)
                .where(PRODUCTION_ORDER.STATUS.in(ProductionStatus.MAKING.name(), ProductionStatus.READY.name()))
                .orderBy(PRODUCTION_ORDER.CREATED_AT, PRODUCTION_ORDER.RECEIPT_NO).fetch(ProductionRepository::order);
    }

    public Optional<ProductionOrder> byId(UUID id) {
        return store.dsl().selectFrom(PRODUCTION_ORDER).where(PRODUCTION_ORDER.ID.eq(id))
                .fetchOptional(ProductionRepository::order);
    }

    public Optional<ProductionOrder> byReceipt(String terminalCode, String receiptNo) {
        return store.dsl().selectFrom(PRODUCTION_ORDER).where(PRODUCTION_ORDER.TERMINAL_CODE.eq(terminalCode))
                .and(PRODUCTION_ORDER.RECEIPT_NO.eq(receiptNo)).fetchOptional(ProductionRepository::order);
    }

    /**
     * Moves the order to {@code next} if its current state allows and returns it moved; empty when
     * there is no such order or its state does not allow the move (nothing changed).
     */
    public Optional<ProductionOrder> move(UUID id, ProductionStatus next) {
        OffsetDateTime now = utc(clock.instant());
        Optional<ProductionOrder> out = store.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ProductionOrderRecord r = tx.selectFrom(PRODUCTION_ORDER).where(PRODUCTION_ORDER.ID.eq(id)).forUpdate()
                    .fetchOne();
            if (r == null || !ProductionStatus.valueOf(r.getStatus()).mayBecome(next)) {
                return Optional.<ProductionOrder>empty();
            }
            r.setStatus(next.name());
            r.setUpdatedAt(now);
            r.store();
            return Optional.of(order(r));
        });
        store.syncToDisk();
        return out;
    }

    private static ProductionOrder order(ProductionOrderRecord r) {
        return new ProductionOrder(r.getId(), r.getTerminalCode(), r.getReceiptNo(), r.getCallNumber(),
                r.getPlatformSerial(), ProductionOrder.Channel.valueOf(r.getChannel()), r.getCups(), r.getSummary(),
                ProductionStatus.valueOf(r.getStatus()), r.getCreatedAt().toInstant());
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
