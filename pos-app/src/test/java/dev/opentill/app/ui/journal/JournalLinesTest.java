package dev.opentill.app.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sale.SaleSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalLinesTest {
    private static final Instant AT = Instant.parse("2026-11-29T08:30:00Z");

    private static SaleSummary sale(boolean atCentre, String... tenders) {
        return new SaleSummary(UUID.randomUUID(), "T01-00000007", AT, Money.parse("5.00", Money.CNY), SaleKind.SALE,
                List.of(tenders), atCentre);
    }

    @Test
    void theChineseJournalNamesTendersInChinese() {
        String line = JournalLines.of(sale(true, "CASH", "PREPAID"), new Messages(Messages.CHINESE), ZoneOffset.UTC);

        assertThat(line).contains("现金, 线上已付").doesNotContain("CASH").doesNotContain("PREPAID");
    }

    @Test
    void aSaleNotYetAtTheCentreIsMarked() {
        Messages en = new Messages(Messages.ENGLISH);

        assertThat(JournalLines.of(sale(false, "CASH"), en, ZoneOffset.UTC)).endsWith(en.get("journal.not_at_centre"));
        assertThat(JournalLines.of(sale(true, "CASH"), en, ZoneOffset.UTC))
                .doesNotContain(en.get("journal.not_at_centre"));
    }
}
