package dev.opentill.app.sale;

import dev.opentill.app.coupon.CouponDesk;
import dev.opentill.app.order.PickupDesk;
import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.AuditAction;
import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.OpenTicketRepository;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.barcode.MeasureKind;
import dev.opentill.core.barcode.ScanResult;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;
import java.util.Optional;
import java.util.UUID;

/** {@link Selling} over the open ticket and the till's catalog. */
public final class SellingService implements Selling {
    private final OpenTicket ticket;
    private final OpenTicketRepository tickets;
    private final CatalogRepository catalog;
    private final BarcodeParser parser;
    private final Authority authority;
    private final CouponDesk coupons;
    private final PickupDesk orders;
    private final TicketLimits limits = TicketLimits.DEFAULT;

    public SellingService(OpenTicket ticket, OpenTicketRepository tickets, CatalogRepository catalog,
            BarcodeParser parser,
            Authority authority, CouponDesk coupons, PickupDesk orders) {
        this.ticket = ticket;
        this.tickets = tickets;
        this.catalog = catalog;
        this.parser = parser;
        this.authority = authority;
        this.coupons = coupons;
        this.orders = orders;
    }

    @Override
    public Ticket scan(String code) {
        try {
            return scanProduct(code);
        } catch (SaleException e) {
            if (e.error() != SaleError.UNKNOWN_BARCODE && e.error() != SaleError.UNREADABLE_SCAN
                    && e.error() != SaleError.BAD_CHECK_DIGIT) {
                throw e;
            }
            // Not a product: perhaps a coupon the customer shows, or the code of an order to collect.
            String shown = code == null ? "" : code.strip();
            Optional<Ticket> t = coupons.scan(shown).or(() -> orders.scan(shown));
            return t.orElseThrow(() -> e);
        }
    }

    private Ticket scanProduct(String code) {
        ScanResult r = parser.parse(code);
        if (r instanceof ScanResult.Rejected rej) {
            throw rej.reason() == ScanResult.Reason.BAD_CHECK_DIGIT
                    ? new SaleException(SaleError.BAD_CHECK_DIGIT, "Check digit wrong in " + rej.rawCode(),
                            rej.rawCode())
                    : new SaleException(SaleError.UNREADABLE_SCAN, "Unreadable scan", rej.rawCode());
        }
        if (r instanceof ScanResult.VariableMeasure vm) {
            Product p = catalog.byScalePlu(vm.itemCode()).orElseThrow(() -> unknown(vm.rawCode()));
            return vm.kind() == MeasureKind.PRICE
                    ? ticket.change(t -> t.addWithAmount(p, Money.ofMinor(vm.value(), ticket.currency()), limits))
                    : ticket.change(t -> t.add(p, vm.value(), limits));
        }
        String c = ((ScanResult.ProductCode) r).code();
        Product p = catalog.byCode(c).orElseThrow(() -> unknown(c));
        if (p.soldByWeight()) {
            throw new SaleException(SaleError.WEIGHT_REQUIRED, p.sku() + " is sold by weight", p.id().toString());
        }
        return ticket.change(t -> t.add(p, 1000, limits));
    }

    @Override
    public Ticket addProduct(UUID productId, long quantityMilli) {
        Product p = catalog.byId(productId).orElseThrow(() -> unknown(productId.toString()));
        return ticket.change(t -> t.add(p, quantityMilli, limits));
    }

    @Override
    public Ticket changeQuantity(UUID lineId, long quantityMilli) {
        return ticket.change(t -> t.changeQuantity(lineId, quantityMilli, limits));
    }

    @Override
    public Ticket voidLine(UUID lineId, Approval approver) {
        Cashier by = authority.authorise(Permission.VOID_LINE, approver);
        return ticket.change(t -> t.voidLine(lineId), by, AuditAction.LINE_VOIDED, t -> t.line(lineId).sku());
    }

    @Override
    public Ticket overridePrice(UUID lineId, Money price, Approval approver) {
        Cashier by = authority.authorise(Permission.OVERRIDE_PRICE, approver);
        return ticket.change(t -> t.overridePrice(lineId, price, limits), by, AuditAction.PRICE_OVERRIDDEN,
                t -> t.line(lineId).sku() + " " + t.line(lineId).unitPrice().toPlainString() + " -> "
                        + price.toPlainString());
    }

    @Override
    public Ticket discountLine(UUID lineId, Money discount, Approval approver) {
        var line = ticket.current().line(lineId);
        Cashier by = authority.discountAuthority(discount, line.grossAmount().abs(), approver);
        return ticket.change(t -> t.discountLine(lineId, discount), by, AuditAction.DISCOUNT_GIVEN,
                t -> line.sku() + " -" + discount.toPlainString());
    }

    @Override
    public Ticket discountTicket(Money discount, Approval approver) {
        Cashier by = authority.discountAuthority(discount, ticket.totals().subtotal().abs(), approver);
        return ticket.change(t -> t.discountTicket(discount), by, AuditAction.DISCOUNT_GIVEN,
                t -> "ticket -" + discount.toPlainString());
    }

    @Override
    public Ticket cancel(Approval approver) {
        Ticket t = ticket.current();
        if (t.isEmpty() && t.tenders().isEmpty()) {
            ticket.finish(empty -> {
                tickets.discard(empty.id());
                return null;
            });
            return ticket.current();
        }
        Cashier by = authority.authorise(Permission.CANCEL_TICKET, approver);
        ticket.finish(open -> {
            tickets.cancel(open, authority.actorId(), by.id(), "lines=" + open.lines().size() + " total="
                    + ticket.pricer().totals(open).total().toPlainString());
            return null;
        });
        return ticket.current();
    }

    private static SaleException unknown(String code) {
        return new SaleException(SaleError.UNKNOWN_BARCODE, "Unknown code " + code, code);
    }
}
