package dev.opentill.app.ui.shell;

import dev.opentill.app.ui.devices.CustomerDisplayFeed;
import dev.opentill.app.security.Cashier;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.journal.JournalViewModel;
import dev.opentill.app.ui.member.MemberViewModel;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.app.ui.override.ApprovalPrompt;
import dev.opentill.app.ui.override.NoSaleViewModel;
import dev.opentill.app.ui.park.ParkViewModel;
import dev.opentill.app.ui.receipt.ReceiptDesk;
import dev.opentill.app.ui.returns.ReturnsViewModel;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.app.ui.sale.ProductSearchViewModel;
import dev.opentill.app.ui.sale.SaleViewModel;
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
    public final ProductSearchViewModel search;
    public final TenderViewModel tender;
    public final ReturnsViewModel returns;
    public final JournalViewModel journal;
    public final ParkViewModel park;
    public final MemberViewModel member;
    private final CustomerDisplayFeed displayFeed;
    public final NoSaleViewModel noSale;

    TillSession(TillParts p, Cashier cashier, Locale locale, ApprovalPrompt prompt, Function<UiText, String> text,
            ReceiptDesk receipts, Navigator nav) {
        this.cashier = cashier;
        this.locale = locale;
        this.ticket = new CurrentTicket(p.till());
        this.receipts = receipts;
        ApprovalFlow approvals = new ApprovalFlow(p.runner(), prompt);
        this.sale = new SaleViewModel(p.runner(), p.till(), ticket, approvals, p.devices().scale(), locale, nav);
        this.search = new ProductSearchViewModel(p.runner(), p.till(), sale);
        this.tender = new TenderViewModel(p.runner(), p.till(), ticket, receipts, p.devices().drawer(),
                p.devices().display(), text, nav);
        this.returns = new ReturnsViewModel(p.runner(), p.till(), ticket, approvals, locale, nav);
        dev.opentill.app.ui.common.Messages messages = new dev.opentill.app.ui.common.Messages(locale);
        this.journal = new JournalViewModel(p.runner(), p.till(), receipts, nav, approvals,
                r -> dev.opentill.app.ui.journal.ShiftReportLines.of(r, messages, p.zone()));
        this.park = new ParkViewModel(p.runner(), p.till(), ticket);
        this.member = new MemberViewModel(p.runner(), p.till(), ticket);
        this.displayFeed = new CustomerDisplayFeed(ticket, p.devices().display(), locale, text);
        this.noSale = new NoSaleViewModel(approvals, p.till(), p.devices().drawer());
    }
}
