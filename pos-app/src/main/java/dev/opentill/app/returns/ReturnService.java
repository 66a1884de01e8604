package dev.opentill.app.returns;

import dev.opentill.app.sale.Selling;
import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.SaleReader;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.returns.ReturnCalculator;
import dev.opentill.core.returns.SoldLine;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sale.SaleSummary;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.staff.Permission;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** {@link Returns} against the sales this till holds, capped by what earlier returns took back. */
public final class ReturnService implements Returns {
    private final OpenTicket ticket;
    private final SaleReader reader;
    private final Authority authority;
    private final Selling selling;
    private final Clock clock;

    public ReturnService(OpenTicket ticket, SaleReader reader, Authority authority, Selling selling, Clock clock) {
        this.ticket = ticket;
        this.reader = reader;
        this.authority = authority;
        this.selling = selling;
        this.clock = clock;
    }

    @Override
    public ReturnableSale startReturn(String receiptNo, Approval approver) {
        ticket.requireEmpty();
        String number = receiptNo == null ? "" : receiptNo.strip();
        SaleSummary sale = reader.byReceiptNo(number).filter(s -> s.kind() == SaleKind.SALE)
                .orElseThrow(() -> reader.wasPruned(number)
                        ? new SaleException(SaleError.RECEIPT_PRUNED,
                                "Sale " + number + " is older than the till keeps",
                                number)
                        : new SaleException(SaleError.RECEIPT_UNKNOWN, "No sale with receipt " + receiptNo, receiptNo));
        authority.authorise(Permission.REFUND, approver);
        List<SoldLine> lines = reader.returnable(sale.saleId(), ticket.currency());
        ticket.replace(empty -> Ticket.openReturn(ticket.currency(), clock.instant(), sale.saleId()));
        return new ReturnableSale(sale.saleId(), sale.receiptNo(), lines);
    }

    @Override
    public Ticket addReturnLine(UUID originalLineId, long quantityMilli) {
        Ticket current = ticket.current();
        if (!current.isReturn()) {
            throw new SaleException(SaleError.RETURN_WRONG_TICKET, "Start a return first");
        }
        UUID saleId = current.originalSaleId();
        SoldLine sold = reader.returnable(saleId, ticket.currency()).stream()
                .filter(l -> l.line().id().equals(originalLineId))
                .findFirst()
                .orElseThrow(() -> new SaleException(SaleError.RETURN_LINE_UNKNOWN, "Line not on that sale"));
        return ticket.change(t -> ReturnCalculator.addReturn(t, saleId, sold, quantityMilli));
    }

    @Override
    public Ticket cancel(Approval approver) {
        return selling.cancel(approver);
    }
}
