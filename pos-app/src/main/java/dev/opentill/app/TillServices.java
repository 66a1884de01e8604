package dev.opentill.app;

import dev.opentill.app.cash.CashDesk;
import dev.opentill.app.coupon.CouponDesk;
import dev.opentill.app.journal.JournalService;
import dev.opentill.app.login.LoginService;
import dev.opentill.app.login.PinChangeService;
import dev.opentill.app.member.MemberService;
import dev.opentill.app.order.PickupDesk;
import dev.opentill.app.ordering.OrderingService;
import dev.opentill.app.park.ParkService;
import dev.opentill.app.returns.ReturnService;
import dev.opentill.app.sale.CatalogLookup;
import dev.opentill.app.sale.SellingService;
import dev.opentill.app.security.Authority;
import dev.opentill.app.security.Authorizer;
import dev.opentill.app.shift.ShiftDesk;
import dev.opentill.app.delivery.DeliveryService;
import dev.opentill.app.production.OrderNumbers;
import dev.opentill.app.production.ProductionService;
import dev.opentill.app.soldout.SoldOutService;
import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.CashRepository;
import dev.opentill.app.store.CashSettings;
import dev.opentill.app.store.DayReportReader;
import dev.opentill.app.reports.ReportDesk;
import dev.opentill.app.store.OfflineReviewReader;
import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.DeliveryRepository;
import dev.opentill.app.store.MemberRepository;
import dev.opentill.app.store.MenuRepository;
import dev.opentill.app.store.Housekeeping;
import dev.opentill.app.store.OpenTicketRepository;
import dev.opentill.app.store.OrderNumbering;
import dev.opentill.app.store.ProductionRepository;
import dev.opentill.app.store.ReceiptAssets;
import dev.opentill.app.store.SalePruner;
import dev.opentill.app.store.ReceiptBuilder;
import dev.opentill.app.store.SaleReader;
import dev.opentill.app.store.SaleWriter;
import dev.opentill.app.store.ShiftRepository;
import dev.opentill.app.store.SoldOutRepository;
import dev.opentill.app.store.StaffPinWriter;
import dev.opentill.app.store.StaffRepository;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.store.ZRepository;
import dev.opentill.app.tender.TenderService;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sale.TicketPricer;
import dev.opentill.migrations.TillStore;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The till's application services over one store, one per feature, wired together. Built only by
 * {@link #open} (the composition root and tests); screens receive the feature interfaces.
 */
public record TillServices(TillConfig config, OpenTicket ticket, Authority authority, SellingService selling,
        CatalogLookup lookup, TenderService tender, ParkService park, ReturnService returns, MemberService members,
        JournalService journal, ShiftDesk shifts, LoginService logins, ShiftRepository shiftRecords,
        CatalogRepository catalog, StaffRepository staff, AuditLog audit, PinChangeService pins, CashDesk cash,
        OrderingService ordering, SoldOutService soldOut, ProductionService production, DeliveryService delivery,
        ReportDesk reports) {

    /**
     * Wires the services over {@code store}. With {@code durableTicket} every change to the open
     * ticket is fsynced (the till); benchmarks of other paths may turn it off.
     */
    public static TillServices open(TillStore store, TillConfig config, Clock clock, ZoneId zone, BarcodeParser parser,
            boolean durableTicket) {
        AuditLog audit = new AuditLog(config.terminalCode(), clock);
        audit.ensureKey(store);
        StaffRepository staff = new StaffRepository(store, audit, clock, StaffRepository.DEFAULT_MAX_ATTEMPTS,
                StaffRepository.DEFAULT_LOCKOUT);
        Authority authority = new Authority(new Authorizer(staff));
        CatalogRepository catalog = new CatalogRepository(store.dsl(), config.currency(), clock);
        OpenTicketRepository tickets = new OpenTicketRepository(store, audit, clock, durableTicket);
        CashPolicy cashPolicy = CashSettings.load(store.dsl(), config.currency(), zone);
        SaleWriter sales = new SaleWriter(store, audit, tickets,
                OrderNumbering.load(store.dsl(), zone, cashPolicy.dayStart()));
        sales.recover(); // before anything else writes: the sales the store lost in a crash
        tickets.keepTidy(new Housekeeping(store, new SalePruner(store, audit, clock)));
        TicketPricer pricer = new TicketPricer(config.taxPolicy());
        OpenTicket ticket = new OpenTicket(tickets, catalog, pricer, authority, clock, zone, config.currency());
        SaleReader reader = new SaleReader(store.dsl());
        ReceiptBuilder receipts = new ReceiptBuilder(config, zone, reader, new ReceiptAssets(store.dsl()));
        ShiftRepository shiftRecords = new ShiftRepository(store, audit, clock, config.terminalCode(),
                config.currency());
        CashRepository cashRecords = new CashRepository(store, audit, clock, config.terminalCode(),
                config.currency());
        ZRepository zReports = new ZRepository(store, audit, cashRecords, clock, config.storeCode(),
                config.terminalCode(), config.currency());
        CashDesk cash = new CashDesk(cashPolicy, authority, ticket, shiftRecords, cashRecords, zReports,
                new OfflineReviewReader(store, cashRecords), clock);
        SellingService selling = new SellingService(ticket, tickets, catalog, parser, authority,
                new CouponDesk(catalog, ticket, clock), new PickupDesk(catalog, ticket));
        TenderService tender = new TenderService(ticket, authority, config, clock,
                sales, shiftRecords, receipts, catalog);
        ProductionService production = new ProductionService(new ProductionRepository(store, clock), catalog,
                config.storeCode(), config.terminalCode());
        production.callNumbers(OrderNumbers.DAILY);
        // After the commit: a queue entry lost in a crash right then is the only cost (see ARCHITECTURE.md).
        tender.onSaleCompleted(production::join);
        return new TillServices(config, ticket, authority, selling, new CatalogLookup(catalog, parser), tender,
                new ParkService(ticket, tickets, authority),
                new ReturnService(ticket, reader, authority, selling, clock),
                new MemberService(ticket, new MemberRepository(store.dsl())),
                new JournalService(store, reader, receipts, catalog, audit, authority, clock, zone,
                        tender::receiptLocale),
                new ShiftDesk(shiftRecords, zReports, cashPolicy, authority, ticket,
                        () -> AuditLog.verify(store.dsl()).isEmpty()),
                new LoginService(store, staff, audit), shiftRecords, catalog, staff, audit,
                new PinChangeService(staff, new StaffPinWriter(store, audit, clock, new PinHasher(),
                        config.storeCode(), config.terminalCode())),
                cash, new OrderingService(ticket, catalog, new MenuRepository(store.dsl(), config.currency(), clock),
                        clock, zone, cashPolicy.dayStart()),
                new SoldOutService(new SoldOutRepository(store, audit, clock, config.storeCode(),
                        config.terminalCode()), authority, cashPolicy, clock),
                production, new DeliveryService(new DeliveryRepository(store, audit, clock, config.storeCode(),
                        config.terminalCode()), production, authority, clock, config.terminalCode()),
                new ReportDesk(new DayReportReader(store, config.terminalCode(), config.currency()), cashPolicy,
                        authority, clock));
    }
}
