package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.CHANGE_LOG;

import dev.opentill.core.sync.FeedRecords;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;

/**
 * The push channel's doorbell: a till waits (long poll) until its store has a delivery-order
 * change after its feed position, then pulls the feed at once. The order itself always travels
 * on the feed (one data path: cursor, page transactions, exactly once), the doorbell only makes
 * the pull come within a moment instead of at the next periodic round. Rings are per instance;
 * a till waiting on another instance of the centre is answered at its wait's end and pulls then.
 */
public final class DeliveryDoorbell {
    private final DSLContext dsl;
    private final Map<UUID, CompletableFuture<Boolean>> waiting = new ConcurrentHashMap<>();

    public DeliveryDoorbell(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Rings for {@code storeId} (after the commit that changed one of its orders). */
    public void ring(UUID storeId) {
        CompletableFuture<Boolean> f = waiting.remove(storeId);
        if (f != null) {
            f.complete(true);
        }
    }

    /**
     * Completes with true as soon as the store has a delivery-order change after {@code after}
     * (at once if it already has), or with false after {@code timeoutMs}.
     */
    public CompletableFuture<Boolean> await(UUID storeId, long after, long timeoutMs) {
        CompletableFuture<Boolean> f = waiting.computeIfAbsent(storeId, k -> new CompletableFuture<>());
        if (dsl.fetchExists(CHANGE_LOG, CHANGE_LOG.STORE_ID.eq(storeId).and(CHANGE_LOG.SEQ.gt(after))
                .and(CHANGE_LOG.ENTITY.eq(FeedRecords.DELIVERY_ORDER)))) {
            return CompletableFuture.completedFuture(true);
        }
        return f.completeOnTimeout(false, timeoutMs, TimeUnit.MILLISECONDS).whenComplete((r, e) -> {
            if (Boolean.FALSE.equals(r)) {
                waiting.remove(storeId, f);
            }
        });
    }
}
