package dev.opentill.app.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.shift.ShiftReport;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.core.money.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShiftReportLinesTest {
    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    private static final ShiftReport Z = new ShiftReport(UUID.randomUUID(), "T01", 3L,
            Instant.parse("2026-11-21T01:00:00Z"), "Li Na", Instant.parse("2026-11-21T13:30:00Z"), "Zhao Min", 41, 2,
            yuan("1234.50"), yuan("12.00"), yuan("142.00"), Map.of("CASH", yuan("800.00"), "MOBILE", yuan("434.50")), 1,
            yuan("200.00"), yuan("1000.00"), yuan("999.50"), yuan("-0.50"));

    @Test
    void aZReportReadsInEnglishWithTheCountAndTheDifference() {
        List<String> lines = ShiftReportLines.of(Z, new Messages(Locale.ENGLISH), ZoneId.of("Asia/Shanghai"));

        assertThat(lines.get(0)).isEqualTo("Z REPORT No. 3");
        assertThat(lines).contains("Opened 2026-11-21 09:00 by Li Na", "Closed 2026-11-21 21:30 by Zhao Min",
                "Sales: 41", "Returns: 2", "Drawer opened without a sale: 1");
        assertThat(lines).anyMatch(l -> l.startsWith("Mobile: ") && l.contains("434.50"));
        assertThat(lines).anyMatch(l -> l.startsWith("Over (+) / short (-): ") && l.contains("0.50"));
    }

    @Test
    void anXReportInChineseHasNoCount() {
        ShiftReport x = new ShiftReport(Z.shiftId(), "T01", null, Z.openedAt(), "Li Na", null, null, 41, 2,
                Z.netSales(), Z.discounts(), Z.tax(), Z.tenders(), 1, Z.openingFloat(), Z.expectedCash(), null, null);

        List<String> lines = ShiftReportLines.of(x, new Messages(Locale.SIMPLIFIED_CHINESE),
                ZoneId.of("Asia/Shanghai"));

        assertThat(lines.get(0)).isEqualTo("X 报表（班次未结束）");
        assertThat(lines).noneMatch(l -> l.startsWith("实点现金"));
        assertThat(lines).anyMatch(l -> l.startsWith("钱箱应有现金："));
    }

    @Test
    void aBlindXReportDoesNotShowTheExpectedCash() {
        ShiftReport x = new ShiftReport(Z.shiftId(), "T01", null, Z.openedAt(), "Li Na", null, null, 41, 2,
                Z.netSales(), Z.discounts(), Z.tax(), Z.tenders(), 1, Z.openingFloat(), Z.expectedCash(), null, null)
                .blind();

        List<String> lines = ShiftReportLines.of(x, new Messages(Locale.ENGLISH), ZoneId.of("Asia/Shanghai"));

        assertThat(lines).noneMatch(l -> l.contains("1000.00"));
        assertThat(lines).anyMatch(l -> l.contains("200.00"));
    }
}
