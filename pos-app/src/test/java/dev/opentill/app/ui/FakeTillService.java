package dev.opentill.app.ui;

import dev.opentill.app.journal.Journal;
import dev.opentill.app.member.Members;
import dev.opentill.app.park.ParkedTicket;
import dev.opentill.app.park.Parking;
import dev.opentill.app.returns.ReturnableSale;
import dev.opentill.app.returns.Returns;
import dev.opentill.app.sale.ProductLookup;
import dev.opentill.app.sale.Selling;
import dev.opentill.app.security.Approval;
import dev.opentill.app.security.CashierSession;
import dev.opentill.app.shift.Shifts;
import dev.opentill.app.tender.CompletedSale;
import dev.opentill.app.tender.Tendering;
import dev.opentill.app.ticket.TicketView;
import dev.opentill.app.ui.shell.TillParts;
import dev.opentill.core.catalog.QuickKeyPage;
import dev.opentill.core.member.MemberInfo;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sale.SaleSummary;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.returns.ReturnCalculator;
import dev.opentill.core.returns.SoldLine;
import dev.opentill.core.sale.AppliedCoupon;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Settlement;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.sale.TicketPricer;
import dev.opentill.core.sale.TicketTotals;
import dev.opentill.core.tax.TaxPolicy;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dev.opentill.core.shift.ShiftReport;

/**
 * An in-memory till (every feature interface the screens use) over real pos-core tickets and pricing, for view-model tests until the
 * store-backed one is used. Overrides need the cashier's own right (see {@link #cashierMay}) or a
 * manager code/PIN from {@link #managers}.
 */
public final class FakeTillService implements TicketView, CashierSession, Selling, ProductLookup, Tendering, Parking,
        Returns, Members, Journal, Shifts {
    /** Replaceable, e.g. by one with cash rounding. */
    public TicketPricer pricer = new TicketPricer(TaxPolicy.chinaDefault());
    public final Map<String, Product> byCode = new HashMap<>();
    public final Map<String, String> managers = new HashMap<>(Map.of("900", "9999"));
    public final Set<String> cashierMay = new HashSet<>();
    public final List<String> audit = new ArrayList<>();
    public final List<QuickKeyPage> pages = new ArrayList<>();
    private final Map<UUID, Ticket> parked = new LinkedHashMap<>();
    private final Map<UUID, String> parkedLabels = new HashMap<>();
    public final List<Completed> sales = new ArrayList<>();
    private Cashier cashier;
    private Ticket ticket = Ticket.open(Money.CNY, Instant.now());
    private Map<UUID, SoldLine> returnable = Map.of();

    /** A completed sale as the fake keeps it. */
    public record Completed(UUID id, String receiptNo, Ticket ticket, TicketTotals totals, Settlement settlement) {
    }

    /** This fake as every feature service of the till. */
    public TillParts.Services services() {
        return new TillParts.Services(this, this, this, this, this, this, this, this, this, this, null);
    }

    public Product product(String code, String nameEn, String nameZh, String price, boolean weighed) {
        Product p = new Product(UuidV7.next(), "SKU-" + code, nameZh, nameEn, "DRINK", "VAT13", 1300,
                Money.parse(price, Money.CNY), weighed, null);
        byCode.put(code, p);
        return p;
    }

    /** Puts a coupon on the open ticket, as scanning its code does in the real till. */
    public Ticket redeem(AppliedCoupon coupon) {
        return ticket = ticket.withCoupon(coupon);
    }

    private Product byId(UUID id) {
        return byCode.values().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new SaleException(SaleError.UNKNOWN_BARCODE, "no product " + id));
    }

    private void authorise(String action, Approval a) {
        if (cashierMay.contains(action)) {
            return;
        }
        if (a == null || !a.pin().equals(managers.get(a.loginCode()))) {
            throw new SaleException(SaleError.NOT_AUTHORISED, action + " needs approval", action);
        }
        audit.add(action + " approved by " + a.loginCode());
    }

    @Override
    public Ticket current() {
        return ticket;
    }
    @Override
    public TicketTotals totals() {
        return pricer.totals(ticket);
    }
    @Override
    public Settlement settlement() {
        return pricer.settlement(ticket);
    }
    @Override
    public Money cashDue() {
        return pricer.cashDue(ticket).abs();
    }
    /** The proof the screen shows; tests set it. */
    public PriceProof proof;
    @Override
    public PriceProof proof() {
        return proof == null ? PriceProof.none(ticket.currency()) : proof;
    }
    @Override
    public void signIn(Cashier c) {
        cashier = c;
    }
    @Override
    public void signOut() {
        cashier = null;
    }
    @Override
    public Optional<Cashier> cashier() {
        return Optional.ofNullable(cashier);
    }

    @Override
    public Ticket scan(String code) {
        Product p = byCode.get(code);
        if (p == null) {
            throw new SaleException(SaleError.UNKNOWN_BARCODE, "Unknown " + code, code);
        }
        if (p.soldByWeight()) {
            throw new SaleException(SaleError.WEIGHT_REQUIRED, "Weigh " + code);
        }
        return ticket = ticket.add(p, 1000, TicketLimits.DEFAULT);
    }

    @Override
    public Ticket addProduct(UUID productId, long quantityMilli) {
        return ticket = ticket.add(byId(productId), quantityMilli, TicketLimits.DEFAULT);
    }

    @Override
    public Ticket changeQuantity(UUID lineId, long quantityMilli) {
        return ticket = ticket.changeQuantity(lineId, quantityMilli, TicketLimits.DEFAULT);
    }

    @Override
    public Ticket voidLine(UUID lineId, Approval approver) {
        authorise("void", approver);
        return ticket = ticket.voidLine(lineId);
    }

    @Override
    public Ticket overridePrice(UUID lineId, Money price, Approval approver) {
        authorise("price", approver);
        return ticket = ticket.overridePrice(lineId, price, TicketLimits.DEFAULT);
    }

    @Override
    public Ticket discountLine(UUID lineId, Money discount, Approval approver) {
        authorise("discount", approver);
        return ticket = ticket.discountLine(lineId, discount);
    }

    @Override
    public Ticket discountTicket(Money discount, Approval approver) {
        authorise("discount", approver);
        return ticket = ticket.discountTicket(discount);
    }

    /** What the store knows of members, by card number. */
    public final Map<String, MemberInfo> members = new HashMap<>();

    @Override
    public Optional<MemberInfo> member(String cardNo) {
        return Optional.ofNullable(members.get(cardNo));
    }

    @Override
    public Ticket attachMember(String cardOrPhone) {
        if (!cardOrPhone.startsWith("M") && !cardOrPhone.startsWith("138")) {
            throw new SaleException(SaleError.UNKNOWN_BARCODE, "No member " + cardOrPhone, cardOrPhone);
        }
        return ticket = ticket.withMember(cardOrPhone.startsWith("M") ? cardOrPhone : "M" + cardOrPhone);
    }

    @Override
    public Ticket addTender(TenderType type, Money amount, String reference) {
        if (!amount.isPositive()) {
            throw new SaleException(SaleError.TENDER_NOT_POSITIVE, "Amount must be positive");
        }
        Money signed = ticket.isReturn() ? amount.negated() : amount;
        return ticket = ticket.withTender(new Tender(UuidV7.next(), type, signed, reference), pricer);
    }

    @Override
    public Ticket removeTenders() {
        return ticket = ticket.withoutTenders();
    }

    @Override
    public CompletedSale complete() {
        pricer.checkComplete(ticket);
        UUID id = UuidV7.next();
        String no = String.format("T01-%08d", sales.size() + 1);
        Completed c = new Completed(id, no, ticket, pricer.totals(ticket), pricer.settlement(ticket));
        sales.add(c);
        boolean cash = ticket.tenders().stream().anyMatch(t -> t.type() == TenderType.CASH);
        ticket = Ticket.open(Money.CNY, Instant.now());
        return new CompletedSale(id, no, receipt(c, false), cash, c.settlement().change());
    }

    private Receipt receipt(Completed c, boolean reprint) {
        List<Receipt.Line> lines = c.ticket().lines().stream().filter(l -> !l.voided())
                .map(l -> new Receipt.Line(l.nameEn(), l.sku(), l.quantityMilli(), l.weighed(), l.effectivePrice(),
                        l.discount(),
                        l.netAmount(), l.overridePrice() != null))
                .toList();
        List<Receipt.Payment> pays = c.ticket().tenders().stream()
                .map(t -> new Receipt.Payment(t.type().name(), t.amount(), t.reference())).toList();
        return new Receipt(c.ticket().isReturn() ? Receipt.Kind.RETURN : Receipt.Kind.SALE, reprint, Locale.ENGLISH,
                new Receipt.StoreHeader("Test store", "1 Road", "", "", null), "T01", c.receiptNo(),
                ZonedDateTime.now(ZoneId.of("Asia/Shanghai")), "Ann", lines, c.totals().subtotal(),
                c.totals().discounts(),
                c.totals().total(), c.totals().taxLines(), pays, c.settlement().cashRounding(), c.settlement().change(),
                c.ticket().memberCard(), List.of("Thank you"), c.receiptNo(), null);
    }

    @Override
    public Ticket cancel(Approval approver) {
        if (!ticket.isEmpty() || !ticket.tenders().isEmpty()) {
            authorise("cancel", approver);
        }
        return ticket = Ticket.open(Money.CNY, Instant.now());
    }

    @Override
    public Optional<Product> priceCheck(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Product> search(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT);
        return byCode.values().stream()
                .filter(p -> p.nameEn().toLowerCase(Locale.ROOT).contains(q) || p.sku().contains(query)
                        || p.nameZh().contains(query))
                .limit(limit).toList();
    }

    @Override
    public List<QuickKeyPage> quickKeys() {
        return pages;
    }

    /** The shift the fake reports: the sales made so far, all in cash, on a 100.00 float. */
    public int shiftsClosed;

    private ShiftReport shiftReport(Long z, Money counted) {
        Money zero = Money.zero(Money.CNY);
        Money expected = Money.parse("100.00", Money.CNY).plus(sales.stream().map(c -> c.settlement().total())
                .reduce(zero, Money::plus));
        return new ShiftReport(UUID.nameUUIDFromBytes(new byte[]{1}), "T01", z,
                Instant.parse("2026-11-21T01:00:00Z"), "Ann", z == null ? null : Instant.now(),
                z == null ? null : "Max", sales.size(), 0, zero, zero, zero, Map.of(), 0,
                Money.parse("100.00", Money.CNY),
                expected, counted, counted == null ? null : counted.minus(expected));
    }

    @Override
    public ShiftReport openShift(Money openingFloat, Approval approver) {
        authorise("shift", approver);
        return shiftReport(null, null);
    }

    @Override
    public ShiftReport xReport() {
        return shiftReport(null, null);
    }

    @Override
    public ShiftReport closeShift(Money countedCash, Approval approver) {
        authorise("shift", approver);
        audit.add("shift closed");
        return shiftReport((long) ++shiftsClosed, countedCash);
    }

    @Override
    public void noSale(Approval approver) {
        authorise("nosale", approver);
        audit.add("no sale");
    }

    @Override
    public Ticket park(String label) {
        parked.put(ticket.id(), ticket);
        parkedLabels.put(ticket.id(), label);
        return ticket = Ticket.open(Money.CNY, Instant.now());
    }

    @Override
    public List<ParkedTicket> parked() {
        return parked.values().stream().map(t -> new ParkedTicket(t.id(), parkedLabels.get(t.id()), t.openedAt(),
                pricer.totals(t).total(), t.lines().size())).toList();
    }

    @Override
    public Ticket resume(UUID id) {
        if (!ticket.isEmpty()) {
            throw new SaleException(SaleError.TICKET_HAS_TENDERS, "Current ticket not empty");
        }
        return ticket = parked.remove(id);
    }

    @Override
    public ReturnableSale startReturn(String receiptNo, Approval approver) {
        authorise("refund", approver);
        Completed c = sales.stream().filter(s -> s.receiptNo().equals(receiptNo.strip())).findFirst()
                .orElseThrow(() -> new SaleException(SaleError.RETURN_LINE_UNKNOWN, "No sale " + receiptNo, receiptNo));
        Map<UUID, SoldLine> lines = new LinkedHashMap<>();
        for (TicketLine l : c.ticket().lines()) {
            if (!l.voided()) {
                lines.put(l.id(), new SoldLine(l, l.quantityMilli(), l.netAmount(), 0, Money.zero(Money.CNY)));
            }
        }
        returnable = lines;
        ticket = Ticket.openReturn(Money.CNY, Instant.now(), c.id());
        return new ReturnableSale(c.id(), c.receiptNo(), List.copyOf(lines.values()));
    }

    @Override
    public Ticket addReturnLine(UUID originalLineId, long quantityMilli) {
        SoldLine sold = returnable.get(originalLineId);
        if (sold == null) {
            throw new SaleException(SaleError.RETURN_LINE_UNKNOWN, "Not on that sale");
        }
        return ticket = ReturnCalculator.addReturn(ticket, ticket.originalSaleId(), sold, quantityMilli);
    }

    @Override
    public List<SaleSummary> todaysSales() {
        List<SaleSummary> out = new ArrayList<>();
        for (Completed c : sales) {
            out.add(0, new SaleSummary(c.id(), c.receiptNo(), Instant.now(), c.totals().total(),
                    c.ticket().isReturn() ? SaleKind.RETURN : SaleKind.SALE,
                    c.ticket().tenders().stream().map(t -> t.type().name()).toList()));
        }
        return out;
    }

    @Override
    public Receipt reprint(UUID saleId) {
        audit.add("reprint " + saleId);
        return receipt(sales.stream().filter(s -> s.id().equals(saleId)).findFirst().orElseThrow(), true);
    }
}
