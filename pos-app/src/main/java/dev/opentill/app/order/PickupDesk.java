package dev.opentill.app.order;

import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.CatalogRepository.PickupLine;
import dev.opentill.app.store.CatalogRepository.PickupOrder;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orders paid online and collected here: the order's number puts its lines on the (empty) ticket at
 * what the customer paid, with a PREPAID tender for the whole, so completing the sale hands the
 * goods over and takes them out of stock. The order is marked collected in the completing transaction.
 */
public final class PickupDesk {
    private final CatalogRepository catalog;
    private final OpenTicket ticket;

    public PickupDesk(CatalogRepository catalog, OpenTicket ticket) {
        this.catalog = catalog;
        this.ticket = ticket;
    }

    /** The ticket holding the order with this number; empty when no order has it. */
    public Optional<Ticket> scan(String orderNo) {
        return catalog.pickupOrder(orderNo).map(this::collect);
    }

    private Ticket collect(PickupOrder order) {
        ticket.requireEmpty();
        if (order.collectedSaleId() != null) {
            throw new SaleException(SaleError.ORDER_NOT_READY, "Order " + order.orderNo() + " was collected",
                    order.orderNo());
        }
        List<Product> products = new ArrayList<>();
        for (PickupLine l : order.lines()) {
            products.add(
                    catalog.byId(l.productId()).orElseThrow(() -> new SaleException(SaleError.ORDER_PRODUCT_UNKNOWN,
                            "Order " + order.orderNo() + " has unknown product " + l.sku(), order.orderNo())));
        }
        var currency = ticket.currency();
        return ticket.change(t -> {
            Ticket next = t;
            for (int i = 0; i < products.size(); i++) {
                PickupLine l = order.lines().get(i);
                next = next.addPrepaid(products.get(i), l.quantityMilli(), Money.ofMinor(l.amountMinor(), currency));
            }
            return next.withTender(
                    new Tender(UuidV7.next(), TenderType.PREPAID, Money.ofMinor(order.paidMinor(), currency),
                            order.orderNo()),
                    ticket.pricer());
        });
    }
}
