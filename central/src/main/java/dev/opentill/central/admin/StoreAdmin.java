package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.LEDGER_BATCH;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;
import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.TERMINAL;

import dev.opentill.central.admin.ImportRecords.StockLine;
import dev.opentill.central.admin.ImportRecords.StockReceipt;
import dev.opentill.central.auth.TerminalAuth;
import dev.opentill.central.http.ApiException;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.SyncProtocol.ErrorBody;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/** Stores, terminals and their enrollment, stock receipts and per-terminal sync status. */
public final class StoreAdmin {
    /** A terminal's sync health as the back office sees it. */
    public record TerminalStatus(String storeCode, String terminalCode, boolean enrolled, boolean revoked,
            Instant lastSeenAt, Instant lastPushAt, Instant lastPullAt, long maxAckedSeq, long pullPosition,
            long feedPosition, long backlog, Long lagSeconds) {
    }

    public record StoreView(UUID id, String code, String name) {
    }

    public record TerminalView(UUID id, String storeCode, String code) {
    }

    public record EnrollmentCode(String storeCode, String terminalCode, String code, Instant expiresAt) {
    }

    private final DSLContext dsl;
    private final TerminalAuth auth;
    private final Clock clock;

    public StoreAdmin(DSLContext dsl, TerminalAuth auth, Clock clock) {
        this.dsl = dsl;
        this.auth = auth;
        this.clock = clock;
    }

    public StoreView createStore(String code, String name) {
        CatalogImport.require(code != null && !code.isBlank() && name != null, "a store needs a code and a name");
        if (dsl.fetchExists(STORE, STORE.CODE.eq(code))) {
            throw new ApiException(409, ErrorBody.CONFLICT, "Store " + code + " already exists");
        }
        UUID id = UuidV7.next();
        dsl.insertInto(STORE).set(STORE.ID, id).set(STORE.CODE, code).set(STORE.NAME, name)
                .set(STORE.CREATED_AT, now()).execute();
        return new StoreView(id, code, name);
    }

    public TerminalView createTerminal(String storeCode, String code) {
        UUID storeId = storeId(storeCode);
        CatalogImport.require(code != null && !code.isBlank(), "a terminal needs a code");
        if (dsl.fetchExists(TERMINAL, TERMINAL.STORE_ID.eq(storeId).and(TERMINAL.CODE.eq(code)))) {
            throw new ApiException(409, ErrorBody.CONFLICT, "Terminal " + code + " already exists in " + storeCode);
        }
        UUID id = UuidV7.next();
        dsl.insertInto(TERMINAL).set(TERMINAL.ID, id).set(TERMINAL.STORE_ID, storeId).set(TERMINAL.CODE, code)
                .set(TERMINAL.CREATED_AT, now()).execute();
        return new TerminalView(id, storeCode, code);
    }

    public EnrollmentCode enrollmentCode(String storeCode, String terminalCode, Duration validity) {
        UUID terminalId = terminalId(storeCode, terminalCode);
        String code = auth.issueEnrollmentCode(terminalId, validity);
        return new EnrollmentCode(storeCode, terminalCode, code, clock.instant().plus(validity));
    }

    public void revoke(String storeCode, String terminalCode) {
        auth.revoke(terminalId(storeCode, terminalCode));
    }

    /** Receives goods into a store: one positive stock ledger entry per line. */
    public int receiveStock(String storeCode, StockReceipt receipt) {
        UUID storeId = storeId(storeCode);
        CatalogImport.require(receipt != null && receipt.lines() != null && !receipt.lines().isEmpty(),
                "a stock receipt needs lines");
        Map<String, UUID> ids = dsl.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT)
                .where(PRODUCT.SKU.in(receipt.lines().stream().map(StockLine::sku).toList()))
                .fetchMap(PRODUCT.SKU, PRODUCT.ID);
        OffsetDateTime now = now();
        return dsl.transactionResult(cfg -> {
            UUID batch = UuidV7.next();
            cfg.dsl().insertInto(LEDGER_BATCH, LEDGER_BATCH.ID, LEDGER_BATCH.CREATED_AT).values(batch, now).execute();
            var insert = cfg.dsl().insertInto(STOCK_LEDGER, STOCK_LEDGER.ID, STOCK_LEDGER.STORE_ID,
                    STOCK_LEDGER.PRODUCT_ID, STOCK_LEDGER.DELTA_MILLI, STOCK_LEDGER.REASON, STOCK_LEDGER.CREATED_AT,
                    STOCK_LEDGER.RECORDED_AT, STOCK_LEDGER.BATCH_ID);
            for (StockLine l : receipt.lines()) {
                CatalogImport.require(ids.containsKey(l.sku()), "unknown SKU " + l.sku());
                CatalogImport.require(l.quantityMilli() != 0, "a received quantity cannot be zero");
                insert = insert.values(UuidV7.next(), storeId, ids.get(l.sku()), l.quantityMilli(), "receipt", now, now,
                        batch);
            }
            return insert.execute();
        });
    }

    public List<TerminalStatus> status(long feedPosition) {
        Instant now = clock.instant();
        return dsl.select(STORE.CODE, TERMINAL.asterisk()).from(TERMINAL).join(STORE).on(STORE.ID.eq(TERMINAL.STORE_ID))
                .orderBy(STORE.CODE, TERMINAL.CODE).fetch(r -> {
                    var t = r.into(TERMINAL);
                    Instant oldest = instant(t.getReportedOldestPendingAt());
                    return new TerminalStatus(r.get(STORE.CODE), t.getCode(), t.getEnrolledAt() != null,
                            t.getRevokedAt() != null, instant(t.getLastSeenAt()), instant(t.getLastPushAt()),
                            instant(t.getLastPullAt()), t.getMaxAckedSeq(), t.getPullPosition(), feedPosition,
                            t.getReportedPending(),
                            oldest == null || t.getReportedPending() == 0 ? null : Duration.between(oldest, now).toSeconds());
                });
    }

    public UUID storeId(String code) {
        return dsl.select(STORE.ID).from(STORE).where(STORE.CODE.eq(code)).fetchOptional(STORE.ID)
                .orElseThrow(() -> new ApiException(404, ErrorBody.NOT_FOUND, "Unknown store " + code));
    }

    private UUID terminalId(String storeCode, String terminalCode) {
        return dsl.select(TERMINAL.ID).from(TERMINAL).where(TERMINAL.STORE_ID.eq(storeId(storeCode)))
                .and(TERMINAL.CODE.eq(terminalCode)).fetchOptional(TERMINAL.ID)
                .orElseThrow(() -> new ApiException(404, ErrorBody.NOT_FOUND,
                        "Unknown terminal " + terminalCode + " in store " + storeCode));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
