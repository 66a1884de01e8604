package dev.opentill.app.delivery;

import dev.opentill.app.production.OrderNumbers;
import dev.opentill.app.production.ProductionService;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.DeliveryRepository;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.delivery.DeliveryStatus;
import dev.opentill.core.production.ProductionOrder;
import dev.opentill.core.production.ProductionStatus;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link DeliveryDesk} over the till's store. An accepted order joins the production queue with
 * the platform's serial next to our number and its labels go to {@link DeliveryLabels}; as the
 * bar marks it ready and hands it to the rider, the platform is told through the outbox. With the
 * store's auto-accept setting, waiting orders are accepted as they arrive.
 */
public final class DeliveryService implements DeliveryDesk {
    private static final int MAX_REASON = 200;

    private final DeliveryRepository orders;
    private final ProductionService production;
    private final Authority authority;
    private final Clock clock;
    private final String terminalCode;
    private volatile DeliveryLabels labels = DeliveryLabels.NONE;
    private volatile Runnable onStep = () -> {
    };

    public DeliveryService(DeliveryRepository orders, ProductionService production, Authority authority, Clock clock,
            String terminalCode) {
        this.orders = orders;
        this.production = production;
        this.authority = authority;
        this.clock = clock;
        this.terminalCode = terminalCode;
        production.onMoved(this::moved);
    }

    /** Where accepted orders' cup labels are printed. */
    public void labels(DeliveryLabels l) {
        this.labels = l;
    }

    /** Runs {@code r} after each step sent to the centre (the sync agent's nudge). */
    public void onStep(Runnable r) {
        this.onStep = r;
    }

    @Override
    public List<DeliveryOrder> waiting() {
        return orders.waiting();
    }

    @Override
    public DeliveryOrder accept(UUID orderId) {
        DeliveryOrder o = step(orderId, DeliveryStatus.ACCEPTED, null);
        int cups = o.items().stream().mapToInt(DeliveryOrder.Item::quantity).sum();
        String summary = o.items().stream().map(i -> i.sku() + " x" + i.quantity()).collect(Collectors.joining(", "));
        ProductionOrder queued = production.joinDelivery(new ProductionOrder(o.id(), terminalCode, "D-" + o.id(),
                OrderNumbers.tail(o.platformOrderId()), o.platformSerial(), ProductionOrder.Channel.DELIVERY, cups,
                summary, ProductionStatus.MAKING, clock.instant()));
        labels.print(o, queued);
        return o;
    }

    @Override
    public DeliveryOrder reject(UUID orderId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new SaleException(SaleError.REASON_REQUIRED, "A rejection needs a reason", "delivery");
        }
        return step(orderId, DeliveryStatus.REJECTED, reason.strip());
    }

    /** Accepts every waiting order when the store accepts automatically; returns how many. */
    public int acceptWaitingIfAutomatic() {
        if (!orders.autoAccept()) {
            return 0;
        }
        int n = 0;
        for (DeliveryOrder o : orders.waiting()) {
            try {
                accept(o.id());
                n++;
            } catch (SaleException e) {
                // Decided meanwhile (at another till, or cancelled): nothing to do.
            }
        }
        return n;
    }

    /** The bar moved a delivery order: ready, or collected by the rider, goes to the platform. */
    private void moved(ProductionOrder o) {
        if (o.channel() != ProductionOrder.Channel.DELIVERY) {
            return;
        }
        if (o.status() == ProductionStatus.READY) {
            orders.step(o.id(), DeliveryStatus.READY, null, authority.actorId());
        } else if (o.status() == ProductionStatus.COLLECTED) {
            orders.step(o.id(), DeliveryStatus.HANDED_OVER, null, authority.actorId());
        }
        onStep.run();
    }

    private DeliveryOrder step(UUID id, DeliveryStatus next, String reason) {
        DeliveryOrder o = orders.step(id, next, reason, authority.actorId())
                .orElseThrow(() -> new SaleException(SaleError.ORDER_STATE, "Delivery order " + id + " cannot become "
                        + next, id.toString(), orders.byId(id).map(d -> d.status().name()).orElse("-")));
        onStep.run();
        return o;
    }
}
