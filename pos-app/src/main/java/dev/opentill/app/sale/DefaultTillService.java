package dev.opentill.app.sale;

import static dev.opentill.store.jooq.Tables.CATEGORY;
import static dev.opentill.store.jooq.Tables.MEMBER;

import dev.opentill.app.audit.AuditAction;
import dev.opentill.app.audit.AuditLog;
import dev.opentill.app.security.Authorizer;
import dev.opentill.app.security.Cashier;
import dev.opentill.app.security.Permission;
import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.OpenTicketRepository;
import dev.opentill.app.store.SaleReader;
import dev.opentill.app.store.SaleWriter;
import dev.opentill.app.store.TicketCodec;
import dev.opentill.app.store.TillConfig;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.barcode.MeasureKind;
import dev.opentill.core.barcode.ScanResult;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.promo.PromotionEngine;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.returns.ReturnCalculator;
import dev.opentill.core.returns.SoldLine;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Settlement;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import dev.opentill.core.sale.TicketPricer;
import dev.opentill.core.sale.TicketTotals;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.MemberRecord;
import dev.opentill.store.jooq.tables.records.SaleRecord;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jooq.impl.DSL;

/**
 * The till's sale workflow over the local store. One instance per till; methods are synchronized
 * because a till sells one ticket at a time. Each change is saved (and fsynced) before the new
 * ticket is returned; overrides are saved together with their audit entry.
 */
public final class DefaultTillService implements TillService {
    private final TillStore store;
    private final TillConfig config;
    private final Clock clock;
    private final ZoneId zone;
    private final CatalogRepository catalog;
    private final OpenTicketRepository openTickets;
    private final SaleWriter writer;
    private final SaleReader reader;
    private final AuditLog audit;
    private final Authorizer authorizer;
    private final BarcodeParser parser;
    private final TicketPricer pricer;
    private final TicketLimits limits = TicketLimits.DEFAULT;
    private final ReceiptBuilder receipts;
    private final List<Consumer<SaleEvent>> completionListeners = new CopyOnWriteArrayList<>();
    private volatile Locale receiptLocale = Locale.SIMPLIFIED_CHINESE;
    private volatile BooleanSupplier online = () -> false;
    private volatile Cashier cashier;
    private final dev.opentill.app.shift.ShiftService shifts;
    private Ticket current;

    public DefaultTillService(TillStore store, TillConfig config, Clock clock, ZoneId zone, BarcodeParser parser,
            boolean durableTicket) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.zone = zone;
        this.parser = parser;
        this.catalog = new CatalogRepository(store.dsl(), config.currency(), clock);
        this.openTickets = new OpenTicketRepository(store, clock, durableTicket);
        this.audit = new AuditLog(config.terminalCode(), clock);
        this.writer = new SaleWriter(store, audit, openTickets);
        this.reader = new SaleReader(store.dsl());
        this.authorizer = new Authorizer(store.dsl(), clock);
        this.pricer = new TicketPricer(config.taxPolicy());
        this.receipts = new ReceiptBuilder(config, zone);
        this.shifts = new dev.opentill.app.shift.ShiftService(store, audit, clock, config.terminalCode(), config.currency());
        this.current = openTickets.loadActive().orElseGet(this::fresh);
    }

    /** Called after each durable completion, e.g. to nudge the sync agent. */
    public void onSaleCompleted(Consumer<SaleEvent> listener) {
        completionListeners.add(listener);
    }

    /** Whether the centre is reachable now; sales made while not are flagged offline. */
    public void setOnlineCheck(BooleanSupplier online) {
        this.online = online;
    }

    public void setReceiptLocale(Locale locale) {
        this.receiptLocale = locale;
    }

    /** This terminal's shifts: open with a float, X report, close with the drawer count (Z report). */
    public dev.opentill.app.shift.ShiftService shifts() {
        return shifts;
    }

    public CatalogRepository catalog() {
        return catalog;
    }

    public AuditLog audit() {
        return audit;
    }

    @Override
    public void signIn(Cashier c) {
        this.cashier = c;
    }

    @Override
    public void signOut() {
        this.cashier = null;
    }

    @Override
    public Optional<Cashier> cashier() {
        return Optional.ofNullable(cashier);
    }

    @Override
    public synchronized Ticket current() {
        return current;
    }

    @Override
    public synchronized TicketTotals totals() {
        return pricer.totals(current);
    }

    @Override
    public synchronized Settlement settlement() {
        return pricer.settlement(current);
    }

    @Override
    public synchronized Ticket scan(String code) {
        try {
            return scanProduct(code);
        } catch (SaleException e) {
            if (e.error() != SaleError.UNKNOWN_BARCODE && e.error() != SaleError.UNREADABLE_SCAN
                    && e.error() != SaleError.BAD_CHECK_DIGIT) {
                throw e;
            }
            // Not a product: perhaps a coupon the customer shows, or the code of an order to collect.
            String shown = code == null ? "" : code.strip();
            var coupon = catalog.coupon(shown);
            if (coupon.isPresent()) {
                return redeem(coupon.get());
            }
            var order = catalog.pickupOrder(shown);
            if (order.isPresent()) {
                return collect(order.get());
            }
            throw e;
        }
    }

    /**
     * Puts an order paid online on the (empty) ticket: its lines at what the customer paid, and a
     * PREPAID tender for the whole, so completing the sale hands the goods over and takes them out
     * of stock. The order is marked collected in the completing transaction.
     */
    private Ticket collect(CatalogRepository.PickupOrder order) {
        requireEmpty();
        if (order.collectedSaleId() != null) {
            throw new SaleException(SaleError.ORDER_NOT_READY, "Order " + order.orderNo() + " was collected",
                    order.orderNo());
        }
        List<Product> products = new java.util.ArrayList<>();
        for (CatalogRepository.PickupLine l : order.lines()) {
            products.add(catalog.byId(l.productId()).orElseThrow(() -> new SaleException(SaleError.ORDER_PRODUCT_UNKNOWN,
                    "Order " + order.orderNo() + " has unknown product " + l.sku(), order.orderNo())));
        }
        return change(t -> {
            Ticket next = t;
            for (int i = 0; i < products.size(); i++) {
                CatalogRepository.PickupLine l = order.lines().get(i);
                next = next.addPrepaid(products.get(i), l.quantityMilli(), Money.ofMinor(l.amountMinor(), config.currency()));
            }
            return next.withTender(new Tender(UuidV7.next(), TenderType.PREPAID,
                    Money.ofMinor(order.paidMinor(), config.currency()), order.orderNo()), pricer);
        });
    }

    /**
     * Puts a coupon on the ticket after checking it may be used now, here, by this customer;
     * scanning a coupon already on the ticket takes it off again.
     */
    private Ticket redeem(dev.opentill.store.jooq.tables.records.CouponRecord c) {
        if (current.coupons().stream().anyMatch(a -> a.couponId().equals(c.getId()))) {
            return change(t -> t.withoutCoupon(c.getId()));
        }
        java.time.OffsetDateTime now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
        if (c.getUsedSaleId() != null || now.isBefore(c.getValidFrom())
                || (c.getValidTo() != null && !now.isBefore(c.getValidTo()))) {
            throw new SaleException(SaleError.COUPON_NOT_VALID, "Coupon " + c.getCode() + " is used or not valid now",
                    c.getCode());
        }
        if (c.getMemberCard() != null && !c.getMemberCard().equals(current.memberCard())) {
            throw new SaleException(SaleError.COUPON_MEMBER_ONLY, "Coupon " + c.getCode() + " is for member "
                    + c.getMemberCard(), c.getCode());
        }
        var applied = new dev.opentill.core.sale.AppliedCoupon(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(),
                Money.ofMinor(c.getAmountOffMinor(), config.currency()),
                Money.ofMinor(c.getMinSpendMinor(), config.currency()),
                Money.ofMinor(c.getAmountOffMinor(), config.currency()));
        return change(t -> t.withCoupon(applied));
    }

    private Ticket scanProduct(String code) {
        ScanResult r = parser.parse(code);
        if (r instanceof ScanResult.Rejected rej) {
            throw rej.reason() == ScanResult.Reason.BAD_CHECK_DIGIT
                    ? new SaleException(SaleError.BAD_CHECK_DIGIT, "Check digit wrong in " + rej.rawCode(), rej.rawCode())
                    : new SaleException(SaleError.UNREADABLE_SCAN, "Unreadable scan", rej.rawCode());
        }
        if (r instanceof ScanResult.VariableMeasure vm) {
            Product p = catalog.byScalePlu(vm.itemCode()).orElseThrow(() -> unknown(vm.rawCode()));
            return vm.kind() == MeasureKind.PRICE
                    ? change(t -> t.addWithAmount(p, Money.ofMinor(vm.value(), config.currency()), limits))
                    : change(t -> t.add(p, vm.value(), limits));
        }
        String c = ((ScanResult.ProductCode) r).code();
        Product p = catalog.byCode(c).orElseThrow(() -> unknown(c));
        if (p.soldByWeight()) {
            throw new SaleException(SaleError.WEIGHT_REQUIRED, p.sku() + " is sold by weight", p.id().toString());
        }
        return change(t -> t.add(p, 1000, limits));
    }

    @Override
    public synchronized Ticket addProduct(UUID productId, long quantityMilli) {
        Product p = catalog.byId(productId).orElseThrow(() -> unknown(productId.toString()));
        return change(t -> t.add(p, quantityMilli, limits));
    }

    @Override
    public synchronized Ticket changeQuantity(UUID lineId, long quantityMilli) {
        return change(t -> t.changeQuantity(lineId, quantityMilli, limits));
    }

    @Override
    public synchronized Ticket voidLine(UUID lineId, Approval approver) {
        Cashier by = authorise(Permission.VOID_LINE, approver);
        return change(t -> t.voidLine(lineId), by, AuditAction.LINE_VOIDED, current.line(lineId).sku());
    }

    @Override
    public synchronized Ticket overridePrice(UUID lineId, Money price, Approval approver) {
        Cashier by = authorise(Permission.OVERRIDE_PRICE, approver);
        var line = current.line(lineId);
        return change(t -> t.overridePrice(lineId, price, limits), by, AuditAction.PRICE_OVERRIDDEN,
                line.sku() + " " + line.unitPrice().toPlainString() + " -> " + price.toPlainString());
    }

    @Override
    public synchronized Ticket discountLine(UUID lineId, Money discount, Approval approver) {
        var line = current.line(lineId);
        Cashier by = discountAuthority(discount, line.grossAmount().abs(), approver);
        return change(t -> t.discountLine(lineId, discount), by, AuditAction.DISCOUNT_GIVEN,
                line.sku() + " -" + discount.toPlainString());
    }

    @Override
    public synchronized Ticket discountTicket(Money discount, Approval approver) {
        Cashier by = discountAuthority(discount, pricer.totals(current).subtotal().abs(), approver);
        return change(t -> t.discountTicket(discount), by, AuditAction.DISCOUNT_GIVEN, "ticket -" + discount.toPlainString());
    }

    @Override
    public synchronized Ticket attachMember(String cardOrPhone) {
        String key = cardOrPhone == null ? "" : cardOrPhone.strip();
        MemberRecord m = store.dsl().selectFrom(MEMBER).where(MEMBER.CARD_NO.eq(key).or(MEMBER.PHONE.eq(key))).limit(1).fetchOne();
        if (m == null) {
            throw new SaleException(SaleError.MEMBER_UNKNOWN, "No member with card or phone " + key, key);
        }
        return change(t -> t.withMember(m.getCardNo()));
    }

    @Override
    public Optional<MemberInfo> member(String cardNo) {
        return store.dsl().selectFrom(MEMBER).where(MEMBER.CARD_NO.eq(cardNo)).fetchOptional()
                .map(m -> new MemberInfo(m.getCardNo(), m.getName(), m.getTier(),
                        dev.opentill.sync.LedgerView.pointsBalance(store.dsl(), m.getCardNo())));
    }

    @Override
    public synchronized Ticket addTender(TenderType type, Money amount, String reference) {
        Money signed = current.isReturn() ? amount.negated() : amount;
        if (type.paidBeforehand()) {
            throw new SaleException(SaleError.TENDER_NOT_ACCEPTED, type + " is only taken with its order", type.name());
        }
        if (!amount.isPositive()) {
            throw new SaleException(SaleError.TENDER_NOT_POSITIVE, "Amount must be positive");
        }
        Tender tender;
        try {
            tender = new Tender(UuidV7.next(), type, signed, reference);
        } catch (IllegalArgumentException e) {
            throw new SaleException(SaleError.TENDER_NOT_POSITIVE, e.getMessage());
        }
        return change(t -> t.withTender(tender, pricer));
    }

    @Override
    public synchronized Ticket removeTenders() {
        return change(Ticket::withoutTenders);
    }

    @Override
    public synchronized Money cashDue() {
        return pricer.cashDue(current).abs();
    }

    @Override
    public synchronized CompletedSale complete() {
        Cashier c = requireCashier();
        Ticket t = current;
        pricer.checkComplete(t);
        SaleEvent draft = SaleEventFactory.draft(t, pricer, config, c, clock.instant(), !online.getAsBoolean());
        SaleEvent stored = writer.complete(draft, t, pricer.totals(t), shifts.ensureOpen(c).getId());
        current = fresh();
        for (Consumer<SaleEvent> l : completionListeners) {
            try {
                l.accept(stored);
            } catch (RuntimeException e) {
                // A listener (sync nudge, display) must never undo or fail a committed sale.
                System.getLogger("till").log(System.Logger.Level.WARNING, "Sale listener failed", e);
            }
        }
        Receipt receipt = receipts.build(reader.load(stored.saleId()).orElseThrow(), receiptLocale, false,
                catalog::promotion);
        boolean cash = stored.payments().stream().anyMatch(p -> TenderType.CASH.name().equals(p.type()));
        Money change = Money.ofMinor(stored.changeMinor(), config.currency());
        return new CompletedSale(stored.saleId(), stored.receiptNo(), receipt, cash, change);
    }

    @Override
    public synchronized Ticket cancel(Approval approver) {
        Ticket t = current;
        if (t.isEmpty() && t.tenders().isEmpty()) {
            current = fresh();
            store.dsl().transaction(cfg -> openTickets.delete(DSL.using(cfg), t.id()));
            return current;
        }
        Cashier by = authorise(Permission.CANCEL_TICKET, approver);
        store.dsl().transaction(cfg -> {
            openTickets.delete(DSL.using(cfg), t.id());
            audit.append(DSL.using(cfg), actorId(), by.id(), AuditAction.TICKET_CANCELLED, t.id().toString(),
                    "lines=" + t.lines().size() + " total=" + pricer.totals(t).total().toPlainString());
        });
        store.syncToDisk();
        current = fresh();
        return current;
    }

    @Override
    public dev.opentill.app.shift.ShiftReport openShift(Money openingFloat, Approval approver) {
        Cashier by = authorise(Permission.CLOSE_SHIFT, approver);
        return shifts.report(shifts.open(by, openingFloat));
    }

    @Override
    public dev.opentill.app.shift.ShiftReport xReport() {
        return shifts.xReport(requireCashier());
    }

    @Override
    public synchronized dev.opentill.app.shift.ShiftReport closeShift(Money countedCash, Approval approver) {
        requireEmpty();
        Cashier by = authorise(Permission.CLOSE_SHIFT, approver);
        return shifts.close(requireCashier(), approverId(by), countedCash);
    }

    @Override
    public Optional<Product> priceCheck(String code) {
        ScanResult r = parser.parse(code);
        if (r instanceof ScanResult.ProductCode pc) {
            return catalog.byCode(pc.code());
        }
        if (r instanceof ScanResult.VariableMeasure vm) {
            return catalog.byScalePlu(vm.itemCode());
        }
        return Optional.empty();
    }

    @Override
    public List<Product> search(String query, int limit) {
        return catalog.search(query, limit);
    }

    @Override
    public synchronized Ticket park(String label) {
        Ticket t = current;
        if (t.isEmpty()) {
            throw new SaleException(SaleError.TICKET_EMPTY, "Nothing to park");
        }
        if (!t.tenders().isEmpty()) {
            throw new SaleException(SaleError.TICKET_HAS_TENDERS, "Remove payments before parking");
        }
        store.dsl().transaction(cfg -> openTickets.save(DSL.using(cfg), t, OpenTicketRepository.PARKED, actorId(), label));
        store.syncToDisk();
        current = fresh();
        return current;
    }

    @Override
    public List<ParkedTicket> parked() {
        List<ParkedTicket> out = new ArrayList<>();
        for (var r : openTickets.parked()) {
            Ticket t = TicketCodec.readTicket(r.getDocument());
            out.add(new ParkedTicket(r.getId(), r.getLabel(), r.getUpdatedAt().toInstant(), pricer.totals(t).total(),
                    (int) t.lines().stream().filter(l -> !l.voided()).count()));
        }
        return out;
    }

    @Override
    public synchronized Ticket resume(UUID parkedTicketId) {
        requireEmpty();
        var row = openTickets.find(parkedTicketId).filter(r -> OpenTicketRepository.PARKED.equals(r.getStatus()))
                .orElseThrow(() -> new SaleException(SaleError.NO_SUCH_PARKED_TICKET, "No parked ticket " + parkedTicketId));
        Ticket t = TicketCodec.readTicket(row.getDocument());
        Ticket abandoned = current;
        store.dsl().transaction(cfg -> {
            openTickets.delete(DSL.using(cfg), abandoned.id());
            openTickets.save(DSL.using(cfg), t, OpenTicketRepository.ACTIVE, actorId(), null);
        });
        store.syncToDisk();
        current = t;
        return t;
    }

    @Override
    public synchronized ReturnableSale startReturn(String receiptNo, Approval approver) {
        requireEmpty();
        SaleRecord sale = reader.byReceiptNo(receiptNo == null ? "" : receiptNo.strip())
                .filter(s -> "SALE".equals(s.getKind()))
                .orElseThrow(() -> new SaleException(SaleError.RECEIPT_UNKNOWN, "No sale with receipt " + receiptNo, receiptNo));
        authorise(Permission.REFUND, approver);
        List<SoldLine> lines = reader.returnable(sale.getId(), config.currency());
        current = Ticket.openReturn(config.currency(), clock.instant(), sale.getId());
        return new ReturnableSale(sale.getId(), sale.getReceiptNo(), lines);
    }

    @Override
    public synchronized Ticket addReturnLine(UUID originalLineId, long quantityMilli) {
        if (!current.isReturn()) {
            throw new SaleException(SaleError.RETURN_WRONG_TICKET, "Start a return first");
        }
        UUID saleId = current.originalSaleId();
        SoldLine sold = reader.returnable(saleId, config.currency()).stream().filter(l -> l.line().id().equals(originalLineId))
                .findFirst().orElseThrow(() -> new SaleException(SaleError.RETURN_LINE_UNKNOWN, "Line not on that sale"));
        return change(t -> ReturnCalculator.addReturn(t, saleId, sold, quantityMilli));
    }

    @Override
    public void noSale(Approval approver) {
        Cashier by = authorise(Permission.NO_SALE, approver);
        store.dsl().transaction(cfg -> audit.append(DSL.using(cfg), actorId(), approverId(by), AuditAction.NO_SALE, "drawer", null));
        store.syncToDisk();
    }

    @Override
    public List<QuickKeyPage> quickKeys() {
        List<QuickKeyPage> pages = new ArrayList<>();
        store.dsl().selectFrom(CATEGORY).where(CATEGORY.QUICK_KEY.isTrue()).orderBy(CATEGORY.SORT_ORDER, CATEGORY.CODE)
                .forEach(c -> pages.add(new QuickKeyPage(c.getCode(), c.getNameZh(), c.getNameEn(), catalog.quickKeys(c.getCode()))));
        return pages;
    }

    @Override
    public List<SaleSummary> todaysSales() {
        List<SaleRecord> sales = reader.since(clock.instant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant(),
                500);
        var tenders = reader.tenderTypes(sales.stream().map(SaleRecord::getId).toList());
        List<SaleSummary> out = new ArrayList<>();
        for (SaleRecord s : sales) {
            out.add(new SaleSummary(s.getId(), s.getReceiptNo(), s.getCompletedAt().toInstant(),
                    Money.ofMinor(s.getTotalMinor(), config.currency()), s.getKind(),
                    tenders.getOrDefault(s.getId(), List.of())));
        }
        return out;
    }

    @Override
    public Receipt reprint(UUID saleId) {
        var stored = reader.load(saleId)
                .orElseThrow(() -> new SaleException(SaleError.RECEIPT_UNKNOWN, "No sale " + saleId, saleId.toString()));
        store.dsl().transaction(cfg -> audit.append(DSL.using(cfg), actorId(), null, AuditAction.RECEIPT_REPRINTED,
                stored.sale().getReceiptNo(), null));
        return receipts.build(stored, receiptLocale, true, catalog::promotion);
    }

    /** The ticket with the promotions running now applied to its lines. */
    private Ticket promoted(Ticket t) {
        if (t.isReturn() || !t.tenders().isEmpty()) {
            return t;
        }
        return t.withPromotions(PromotionEngine.discounts(t.lines(), catalog.promotions(), clock.instant(), zone))
                .withCouponsFitted();
    }

    private Ticket change(UnaryOperator<Ticket> op) {
        Ticket next = promoted(op.apply(current));
        openTickets.saveActive(next, actorId());
        current = next;
        return next;
    }

    /** A change made under someone's authority: saved with its audit entry in one transaction. */
    private Ticket change(UnaryOperator<Ticket> op, Cashier by, AuditAction action, String detail) {
        Ticket next = promoted(op.apply(current));
        store.dsl().transaction(cfg -> {
            openTickets.save(DSL.using(cfg), next, OpenTicketRepository.ACTIVE, actorId(), null);
            audit.append(DSL.using(cfg), actorId(), approverId(by), action, next.id().toString(), detail);
        });
        store.syncToDisk();
        current = next;
        return next;
    }

    private Cashier discountAuthority(Money discount, Money base, Approval approver) {
        Cashier c = requireCashier();
        long limit = base.times(c.maxDiscountBp(), 10_000, java.math.RoundingMode.DOWN).minor();
        if (discount.minor() <= limit) {
            return c;
        }
        return authorise(Permission.DISCOUNT_BEYOND_LIMIT, approver);
    }

    private Cashier authorise(Permission p, Approval approver) {
        Cashier c = requireCashier();
        return authorizer.authorise(c, p, approver == null ? null : approver.loginCode(), approver == null ? null : approver.pin());
    }

    private Cashier requireCashier() {
        Cashier c = cashier;
        if (c == null) {
            throw new SaleException(SaleError.NOT_AUTHORISED, "No cashier is signed in", "LOGIN");
        }
        return c;
    }

    /** Who approved an action for the audit log: nobody when the cashier was allowed on their own. */
    private UUID approverId(Cashier by) {
        return by == null || by.id().equals(actorId()) ? null : by.id();
    }

    private UUID actorId() {
        Cashier c = cashier;
        return c == null ? null : c.id();
    }

    private void requireEmpty() {
        if (!current.isEmpty() || !current.tenders().isEmpty()) {
            throw new SaleException(SaleError.TICKET_NOT_EMPTY, "Finish or park the current ticket first");
        }
    }

    private Ticket fresh() {
        return Ticket.open(config.currency(), clock.instant());
    }

    private static SaleException unknown(String code) {
        return new SaleException(SaleError.UNKNOWN_BARCODE, "Unknown code " + code, code);
    }
}
