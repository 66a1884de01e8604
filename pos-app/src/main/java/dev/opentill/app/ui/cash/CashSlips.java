package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.core.cash.CashMovement;
import dev.opentill.core.cash.Denominations.Denomination;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.cash.TenderCount;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.money.Money;
import dev.opentill.core.report.DayReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cash office's printouts as lines of text in the cashier's language: a slip for each movement
 * and count, and the Z report (marked as a copy when reprinted). The receipt printer lays them out.
 */
public final class CashSlips {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages m;
    private final ZoneId zone;
    private final String terminal;

    public CashSlips(Messages messages, ZoneId zone, String terminal) {
        this.m = messages;
        this.zone = zone;
        this.terminal = terminal;
    }

    /** The slip of a pay in or out, safe drop or pickup: kind, amount, reason or bag, approval, signature. */
    public List<String> movement(CashMovement mv) {
        List<String> out = new ArrayList<>();
        out.add(m.get("cash.kind." + mv.kind().name()).toUpperCase(m.locale()));
        out.add(m.get("cash.slip.terminal", terminal, time(mv.at())));
        out.add(m.get("cash.slip.amount", Formats.money(mv.amount())));
        out.add(m.get("cash.slip.from_to", m.get("cash.place." + mv.from()), m.get("cash.place." + mv.to())));
        if (mv.reason() != null) {
            out.add(m.get("cash.slip.reason", m.get("cash.reason." + mv.reason())));
        }
        if (mv.bagNo() != null) {
            out.add(m.get("cash.slip.bag", mv.bagNo()));
        }
        if (mv.approverId() != null && !mv.approverId().equals(mv.actorId())) {
            out.add(m.get("cash.slip.approved"));
        }
        out.add(m.get("cash.slip.ref", mv.id().toString().substring(0, 13)));
        out.add(m.get("cash.slip.signature"));
        return out;
    }

    /** The slip of a count (the opening float or a till audit): pieces of each denomination and the total. */
    public List<String> count(String titleKey, DrawerCount c, Instant at) {
        List<String> out = new ArrayList<>();
        out.add(m.get(titleKey).toUpperCase(m.locale()));
        out.add(m.get("cash.slip.terminal", terminal, time(at)));
        for (Map.Entry<Denomination, Integer> e : c.pieces().entrySet()) {
            if (e.getValue() > 0) {
                Money value = c.denominations().value(e.getKey());
                out.add(m.get("cash.slip.pieces", m.get(e.getKey().coin() ? "cash.coin" : "cash.note",
                        Formats.money(value)), e.getValue(), Formats.money(value.times(e.getValue()))));
            }
        }
        out.add(m.get("cash.slip.total", Formats.money(c.total())));
        out.add(m.get("cash.slip.signature"));
        return out;
    }

    /** The Z report as closed; {@code copy} marks a reprint. */
    public List<String> z(ZReport z, boolean copy) {
        ZReport.Header h = z.header();
        ZReport.Sales s = z.sales();
        ZReport.Cash c = z.cash();
        ZReport.Chain ch = z.chain();
        List<String> out = new ArrayList<>();
        out.add(m.get("cash.z.title", h.zNumber()));
        if (copy) {
            out.add(m.get("cash.z.copy"));
        }
        out.add(m.get("cash.z.store", h.storeCode(), h.terminalCode()));
        out.add(m.get("cash.z.business_date", h.businessDate().toString()));
        out.add(m.get("shift.opened", time(h.openedAt()), h.openedBy()));
        out.add(m.get("shift.closed", time(h.closedAt()), h.closedBy()));
        out.add(m.get("cash.z.approved_by", h.approvedBy() == null ? "-" : h.approvedBy()));
        out.add(m.get("cash.z.receipts", dash(s.firstReceipt()), dash(s.lastReceipt())));
        out.add(m.get("shift.sales", s.sales()));
        out.add(m.get("shift.returns", s.returns()));
        out.add(m.get("cash.z.gross", Formats.money(s.gross())));
        s.discounts().forEach((kind, v) -> out.add(m.get("cash.z.discount", m.get("cash.discount." + kind),
                Formats.money(v))));
        out.add(m.get("cash.z.returned", Formats.money(s.returned())));
        out.add(m.get("cash.z.voids", s.voids()));
        out.add(m.get("shift.no_sales", s.noSales()));
        out.add(m.get("shift.net_sales", Formats.money(s.net())));
        for (ZReport.RateTotal r : s.byRate()) {
            out.add(m.get("cash.z.rate", BigDecimal.valueOf(r.rateBp(), 2).stripTrailingZeros().toPlainString(),
                    Formats.money(r.net()), Formats.money(r.tax())));
        }
        out.add(m.get("cash.z.top_ups", Formats.money(s.topUps())));
        out.add(m.get("shift.float", Formats.money(c.openingFloat())));
        out.add(m.get("cash.z.drops", Formats.money(c.drops())));
        out.add(m.get("cash.z.pickups", Formats.money(c.pickups())));
        out.add(m.get("cash.z.pays_in", Formats.money(c.paysIn())));
        out.add(m.get("cash.z.pays_out", Formats.money(c.paysOut())));
        for (TenderCount t : c.tenders()) {
            out.add(m.get("cash.z.tender", m.get("tender.type." + t.tender())));
            out.add(m.get("cash.z.tender_figures", Formats.money(t.expected()), Formats.money(t.counted()),
                    Formats.money(t.variance())));
            if (t.beyondLimit()) {
                out.add(m.get("cash.z.beyond_limit", Formats.money(t.limit())));
            }
        }
        if (c.varianceReason() != null) {
            out.add(m.get("cash.z.variance_reason", c.varianceReason()));
        }
        out.add(m.get("cash.z.not_at_centre", ch.notAtCentre(), ch.rejected()));
        out.add(m.get("cash.z.grand_total", Formats.money(ch.grandTotal())));
        out.add(m.get("cash.z.hash", ch.hash() == null ? "-" : ch.hash().substring(0, 16)));
        return out;
    }

    /** The manager's report of a business day. */
    public List<String> report(DayReport r) {
        return new ReportLines(m).of(r);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
