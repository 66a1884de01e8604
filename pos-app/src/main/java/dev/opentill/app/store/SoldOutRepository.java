package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.OPTION_GROUP;
import static dev.opentill.store.jooq.Tables.OPTION_ITEM;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_OPTION_GROUP;
import static dev.opentill.store.jooq.Tables.RECEIPT_SEQUENCE;
import static dev.opentill.store.jooq.Tables.SOLD_OUT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.menu.SoldOut;
import dev.opentill.core.menu.SoldOutEntry;
import dev.opentill.core.sync.SoldOutEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncJson;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What can be sold out at this till (made-to-order products and every option of the menu), and the
 * mark itself: the {@code sold_out} row, a {@link SoldOutEvent} in the outbox and the audit entry
 * commit together, durably, so the mark reaches the centre exactly once in effect.
 */
public final class SoldOutRepository {
    private static final ObjectMapper WIRE = SyncJson.mapper();

    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final String storeCode;
    private final String terminalCode;

    public SoldOutRepository(TillStore store, AuditLog audit, Clock clock, String storeCode, String terminalCode) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.storeCode = storeCode;
        this.terminalCode = terminalCode;
    }

    /** Products that have a menu, then every option by group, each with whether it is sold out on {@code day}. */
    public List<SoldOutEntry> items(LocalDate day) {
        DSLContext dsl = store.dsl();
        Set<String> out = new HashSet<>(dsl.select(SOLD_OUT.ITEM_KEY).from(SOLD_OUT)
                .where(SOLD_OUT.BUSINESS_DAY.eq(day)).fetch(SOLD_OUT.ITEM_KEY));
        List<SoldOutEntry> items = new ArrayList<>();
        dsl.selectDistinct(PRODUCT.ID, PRODUCT.NAME_ZH, PRODUCT.NAME_EN, PRODUCT.SKU).from(PRODUCT)
                .join(PRODUCT_OPTION_GROUP).on(PRODUCT_OPTION_GROUP.PRODUCT_ID.eq(PRODUCT.ID))
                .where(PRODUCT.ACTIVE.isTrue()).orderBy(PRODUCT.SKU).forEach(r -> {
                    String key = MenuRepository.productKey(r.value1());
                    items.add(new SoldOutEntry(key, r.value2(), r.value3(), null, null, out.contains(key)));
                });
        dsl.select(OPTION_ITEM.GROUP_CODE, OPTION_ITEM.CODE, OPTION_ITEM.NAME_ZH, OPTION_ITEM.NAME_EN,
                OPTION_GROUP.NAME_ZH, OPTION_GROUP.NAME_EN).from(OPTION_ITEM).join(OPTION_GROUP)
                .on(OPTION_GROUP.CODE.eq(OPTION_ITEM.GROUP_CODE))
                .orderBy(OPTION_ITEM.GROUP_CODE, OPTION_ITEM.POSITION).forEach(r -> {
                    String key = MenuRepository.optionKey(r.value1(), r.value2());
                    items.add(new SoldOutEntry(key, r.value3(), r.value4(), r.value5(), r.value6(), out.contains(key)));
                });
        return items;
    }

    /** Whether {@code key} names a product or an option this till knows. */
    public boolean known(String key) {
        DSLContext dsl = store.dsl();
        if (key.startsWith("product:")) {
            return dsl.fetchExists(PRODUCT, PRODUCT.ID.eq(UUID.fromString(key.substring("product:".length()))));
        }
        String option = key.substring("option:".length());
        int slash = option.indexOf('/');
        return dsl.fetchExists(OPTION_ITEM, OPTION_ITEM.GROUP_CODE.eq(option.substring(0, slash))
                .and(OPTION_ITEM.CODE.eq(option.substring(slash + 1))));
    }

    /** What is sold out on {@code day}, as the pricing rules read it. */
    public SoldOut soldOut(LocalDate day) {
        Set<UUID> products = new HashSet<>();
        Set<String> options = new HashSet<>();
        for (String key : store.dsl().select(SOLD_OUT.ITEM_KEY).from(SOLD_OUT).where(SOLD_OUT.BUSINESS_DAY.eq(day))
                .fetch(SOLD_OUT.ITEM_KEY)) {
            if (key.startsWith("product:")) {
                products.add(UUID.fromString(key.substring("product:".length())));
            } else if (key.startsWith("option:")) {
                options.add(key.substring("option:".length()));
            }
        }
        return new SoldOut(products, options);
    }

    /**
     * Marks {@code key} sold out (or available again) on {@code day} by {@code actor}, approved by
     * {@code approver} (null when the actor was allowed), and returns the event sent to the centre.
     */
    public SoldOutEvent mark(String key, LocalDate day, boolean soldOut, UUID actor, UUID approver) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        SoldOutEvent stored = store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            // The sales' lock: outbox sequences are taken one transaction at a time.
            tx.select(RECEIPT_SEQUENCE.LAST_VALUE).from(RECEIPT_SEQUENCE)
                    .where(RECEIPT_SEQUENCE.TERMINAL_CODE.eq(terminalCode)).forUpdate().fetchOptional();
            tx.deleteFrom(SOLD_OUT).where(SOLD_OUT.ITEM_KEY.eq(key)).and(SOLD_OUT.BUSINESS_DAY.eq(day)).execute();
            if (soldOut) {
                tx.insertInto(SOLD_OUT).set(SOLD_OUT.ITEM_KEY, key).set(SOLD_OUT.BUSINESS_DAY, day)
                        .set(SOLD_OUT.MARKED_AT, when).execute();
            }
            SoldOutEvent e = new SoldOutEvent(UuidV7.next(), storeCode, terminalCode, key, day, soldOut, at,
                    approver == null ? actor : approver);
            long seq = tx.select(DSL.coalesce(DSL.max(OUTBOX.SEQ), 0L)).from(OUTBOX).fetchSingle().value1() + 1;
            tx.insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, e.eventId())
                    .set(OUTBOX.EVENT_TYPE, SoldOutEvent.TYPE).set(OUTBOX.AGGREGATE_ID, e.eventId())
                    .set(OUTBOX.PAYLOAD, json(e)).set(OUTBOX.CREATED_AT, when).execute();
            audit.append(tx, actor, approver, soldOut ? AuditAction.SOLD_OUT_MARKED : AuditAction.SOLD_OUT_CLEARED,
                    key, day.toString());
            return e;
        });
        store.syncToDisk();
        return stored;
    }

    private static String json(SoldOutEvent e) {
        try {
            return WIRE.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise sold-out event " + e.eventId(), ex);
        }
    }
}
