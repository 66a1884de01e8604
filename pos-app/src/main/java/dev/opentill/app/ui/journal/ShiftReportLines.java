package dev.opentill.app.ui.journal;

import dev.opentill.core.shift.ShiftReport;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.opentill.core.money.Money;

/** An X or Z report as lines of text, in the cashier's language: for the screen and the printer. */
public final class ShiftReportLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ShiftReportLines() {
    }

    public static List<String> of(ShiftReport r, Messages m, ZoneId zone) {
        List<String> out = new ArrayList<>();
        out.add(r.isZ() ? m.get("shift.z_title", r.zNumber()) : m.get("shift.x_title"));
        out.add(m.get("shift.terminal", r.terminalCode()));
        out.add(m.get("shift.opened", TIME.format(r.openedAt().atZone(zone)), r.openedBy()));
        if (r.closedAt() != null) {
            out.add(m.get("shift.closed", TIME.format(r.closedAt().atZone(zone)), r.closedBy()));
        }
        out.add(m.get("shift.sales", r.sales()));
        out.add(m.get("shift.returns", r.returns()));
        out.add(m.get("shift.net_sales", Formats.money(r.netSales())));
        out.add(m.get("shift.discounts", Formats.money(r.discounts())));
        out.add(m.get("shift.tax", Formats.money(r.tax())));
        for (Map.Entry<String, Money> t : r.tenders().entrySet()) {
            out.add(m.get("shift.tender", m.get("tender.type." + t.getKey()), Formats.money(t.getValue())));
        }
        out.add(m.get("shift.no_sales", r.noSales()));
        out.add(m.get("shift.float", Formats.money(r.openingFloat())));
        if (r.expectedCash() != null) { // null on an X report while counts are blind
            out.add(m.get("shift.expected_cash", Formats.money(r.expectedCash())));
        }
        if (r.countedCash() != null) {
            out.add(m.get("shift.counted_cash", Formats.money(r.countedCash())));
            out.add(m.get("shift.difference", Formats.money(r.difference())));
        }
        return out;
    }
}
