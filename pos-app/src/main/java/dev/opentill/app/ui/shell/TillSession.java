package dev.opentill.app.ui.shell;

import dev.opentill.app.ui.cash.CashOfficeViewModel;
import dev.opentill.app.ui.cash.CashSlips;
import dev.opentill.app.ui.cash.SlipPrinter;
import dev.opentill.app.ui.sale.CustomerDisplayFeed;
import dev.opentill.core.staff.Cashier;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.journal.ShiftReportLines;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.journal.JournalViewModel;
import dev.opentill.app.ui.member.MemberViewModel;
import dev.opentill.app.ui.ordering.OptionPickerFlow;
import dev.opentill.app.ui.ordering.OptionPickerViewModel;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.app.ui.override.ApprovalPrompt;
import dev.opentill.app.ui.override.NoSaleViewModel;
import dev.opentill.app.ui.park.ParkViewModel;
import dev.opentill.app.ui.receipt.ReceiptDesk;
import dev.opentill.app.ui.returns.ReturnsViewModel;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.app.ui.sale.ProductSearchViewModel;
import dev.opentill.app.ui.sale.SaleViewModel;
import dev.opentill.app.ui.delivery.DeliveryViewModel;
import dev.opentill.app.ui.production.ProductionViewModel;
import dev.opentill.app.ui.soldout.SoldOutViewModel;
import dev.opentill.app.ui.tender.TenderViewModel;
import java.util.Locale;
import java.util.function.Function;

/** The view-models of one cashier's session, in the language they chose at login. */
public final class TillSession {
    public final Cashier cashier;
    public final Locale locale;
    public final CurrentTicket ticket;
    public final ReceiptDesk receipts;
    public final SaleViewModel sale;
    /** The option picker of made-to-order products; null when the till sells none. */
    public final OptionPickerFlow options;
    public final ProductSearchViewModel search;
    public final TenderViewModel tender;
    public final ReturnsViewModel returns;
    public final JournalViewModel journal;
    public final ParkViewModel park;
    public final MemberViewModel member;
    private final CustomerDisplayFeed displayFeed;
    public final NoSaleViewModel noSale;
    /** The cash office; null when the till's parts have none (some view tests). */
    public final CashOfficeViewModel cash;
    /** Today's sold-out list; null when the till's parts have none. */
    public final SoldOutViewModel soldOut;
    /** The production queue; null when the till's parts have none. */
    public final ProductionViewModel production;
    /** Delivery orders waiting; null when the till's parts have none. */
    public final DeliveryViewModel delivery;

    TillSession(TillParts p, Cashier cashier, Locale locale, ApprovalPrompt prompt, Function<UiText, String> text,
            ReceiptDesk receipts, Navigator nav) {
        TillParts.Services s = p.services();
        this.cashier = cashier;
        this.locale = locale;
        this.ticket = new CurrentTicket(s.ticket());
        this.receipts = receipts;
        ApprovalFlow approvals = new ApprovalFlow(p.runner(), prompt);
        this.sale = new SaleViewModel(p.runner(), s.selling(), s.lookup(), ticket, approvals, p.devices().scale(),
                locale, nav);
        this.options = s.ordering() == null
                ? null
                : new OptionPickerFlow(s.ordering(), new OptionPickerViewModel(p.runner(), s.ordering(), ticket));
        if (options != null) {
            sale.offerOptionsWith(options);
        }
        this.search = new ProductSearchViewModel(p.runner(), s.lookup(), sale);
        this.tender = new TenderViewModel(p.runner(), s.tendering(), ticket, receipts, p.devices().drawer(),
                p.devices().display(), text, nav);
        this.returns = new ReturnsViewModel(p.runner(), s.returns(), ticket, approvals, locale, nav);
        Messages messages = new Messages(locale);
        this.journal = new JournalViewModel(p.runner(), s.journal(), s.shifts(), s.ticket(), receipts, nav, approvals,
                r -> ShiftReportLines.of(r, messages, p.zone()));
        this.park = new ParkViewModel(p.runner(), s.parking(), ticket);
        this.member = new MemberViewModel(p.runner(), s.members(), ticket);
        this.displayFeed = new CustomerDisplayFeed(ticket, p.devices().display(), locale, text);
        this.noSale = new NoSaleViewModel(approvals, s.journal(), p.devices().drawer());
        this.cash = s.cash() == null
                ? null
                : new CashOfficeViewModel(p.runner(),
                        new CashOfficeViewModel.Features(s.cash(), s.cash(), s.shifts(), p.syncNow(),
                                s.reports(), s.health()),
                        approvals,
                        new CashSlips(messages, p.zone(), p.terminalCode()),
                        new SlipPrinter(p.runner(), p.devices().printer()),
                        r -> ShiftReportLines.of(r, messages, p.zone()), p.clock(), nav);
        this.soldOut = s.soldOut() == null ? null : new SoldOutViewModel(p.runner(), s.soldOut(), approvals, nav);
        this.production = s.production() == null ? null : new ProductionViewModel(p.runner(), s.production(), nav);
        this.delivery = s.delivery() == null ? null : new DeliveryViewModel(p.runner(), s.delivery(), nav);
        if (delivery != null && s.production() != null) {
            // The queue is told of every feed change: new delivery orders may have come with it.
            s.production().addListener(delivery::refresh);
            delivery.refresh();
        }
    }
}
