package dev.opentill.core.cash;

import java.time.Instant;
import java.util.List;

/**
 * What a manager sees before the Z: sales the centre has not acknowledged (with whether they used a
 * coupon or collected a pick-up order, which the centre has yet to accept), events the centre
 * rejected and why, and the overrides made in the shift. Closing with anything pending is allowed
 * but needs a manager's confirmation.
 */
public record OfflineReview(List<PendingSale> pending, List<RejectedEvent> rejected, List<Override> overrides) {

    public OfflineReview {
        pending = List.copyOf(pending);
        rejected = List.copyOf(rejected);
        overrides = List.copyOf(overrides);
    }

    /** A sale whose event waits for the centre's acknowledgement. */
    public record PendingSale(String receiptNo, long totalMinor, Instant completedAt, boolean coupon,
            boolean pickup) {
    }

    /** An event the centre refused (it stays on the till). */
    public record RejectedEvent(long seq, String type, String subject, String reason) {
    }

    /** An override of the shift: what, on what, by whom and who approved. */
    public record Override(Instant at, String action, String subject, String actor, String approver) {
    }

    /** Whether closing needs a manager's confirmation. */
    public boolean anythingPending() {
        return !pending.isEmpty() || !rejected.isEmpty();
    }

    public long couponsPending() {
        return pending.stream().filter(PendingSale::coupon).count();
    }

    public long pickupsPending() {
        return pending.stream().filter(PendingSale::pickup).count();
    }
}
