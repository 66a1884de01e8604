package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.core.report.DayReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A business day's report as lines for the screen and the receipt printer, in the manager's language. */
public final class ReportLines {
    private final Messages m;
    private final boolean chinese;

    public ReportLines(Messages messages) {
        this.m = messages;
        this.chinese = "zh".equals(messages.locale().getLanguage());
    }

    public List<String> of(DayReport r) {
        List<String> out = new ArrayList<>();
        out.add(m.get("reports.title", r.businessDate().toString()));
        out.add(m.get("reports.terminal", r.terminalCode()));
        out.add(m.get("reports.totals", r.sales(), r.returns(), Formats.money(r.net())));
        out.add("");
        out.add(m.get("reports.by_hour"));
        for (DayReport.Hour h : r.byHour()) {
            out.add(m.get("reports.hour", String.format(Locale.ROOT, "%02d:00", h.hour()), h.sales(), h.returns(),
                    Formats.money(h.net())));
        }
        out.add("");
        out.add(m.get("reports.by_cashier"));
        for (DayReport.ByCashier c : r.byCashier()) {
            out.add(m.get("reports.cashier", c.name(), c.sales(), c.returns(), Formats.money(c.net())));
        }
        out.add("");
        out.add(m.get("reports.top_products"));
        int rank = 1;
        for (DayReport.TopProduct p : r.topProducts()) {
            out.add(m.get("reports.product", rank++, chinese ? p.nameZh() : p.nameEn(),
                    Formats.quantity(p.quantityMilli(), false), Formats.money(p.amount())));
        }
        return out;
    }
}
