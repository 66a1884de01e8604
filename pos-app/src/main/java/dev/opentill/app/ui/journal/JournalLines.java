package dev.opentill.app.ui.journal;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.core.sale.SaleSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** One sale of the journal as a line of text in the cashier's language, marked while the centre lacks it. */
public final class JournalLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private JournalLines() {
    }

    public static String of(SaleSummary s, Messages m, ZoneId zone) {
        String tenders = s.tenderTypes().stream().map(t -> m.get("tender.type." + t)).collect(Collectors.joining(", "));
        String line = m.get("journal.line", s.receiptNo(), TIME.format(s.completedAt().atZone(zone)),
                m.get("journal.kind." + s.kind()), Formats.money(s.total()), tenders);
        return s.atCentre() ? line : line + "   " + m.get("journal.not_at_centre");
    }
}
