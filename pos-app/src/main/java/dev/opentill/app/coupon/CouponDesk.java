package dev.opentill.app.coupon;

import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.sale.Coupon;
import dev.opentill.core.sale.Ticket;
import java.time.Clock;
import java.util.Optional;

/**
 * Single-use coupons shown at the till: scanning one puts it on the ticket after checking that it
 * may be used now, here, by this customer; scanning it again takes it off.
 */
public final class CouponDesk {
    private final CatalogRepository catalog;
    private final OpenTicket ticket;
    private final Clock clock;

    public CouponDesk(CatalogRepository catalog, OpenTicket ticket, Clock clock) {
        this.catalog = catalog;
        this.ticket = ticket;
        this.clock = clock;
    }

    /** The ticket with the coupon of this code put on or taken off; empty when no coupon has this code. */
    public Optional<Ticket> scan(String code) {
        Optional<Coupon> coupon = catalog.coupon(code);
        if (coupon.isEmpty()) {
            return Optional.empty();
        }
        Coupon c = coupon.get();
        return Optional.of(ticket.change(t -> t.coupons().stream().anyMatch(a -> a.couponId().equals(c.id()))
                ? t.withoutCoupon(c.id())
                : t.withCoupon(c.redeem(clock.instant(), t.memberCard()))));
    }
}
