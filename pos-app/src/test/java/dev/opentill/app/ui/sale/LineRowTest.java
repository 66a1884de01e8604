package dev.opentill.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.TicketLine;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LineRowTest {
    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    @Test
    void aPromotionsDiscountIsMarkedAndAHandDiscountIsNot() {
        TicketLine promoted = new TicketLine(UUID.randomUUID(), UUID.randomUUID(), "W", "水", "Water", 1300, false, 2000,
                yuan("2.00"), null, null, yuan("1.00"), false, null, UUID.randomUUID());
        TicketLine byHand = new TicketLine(UUID.randomUUID(), UUID.randomUUID(), "W", "水", "Water", 1300, false, 2000,
                yuan("2.00"), null, null, yuan("1.00"), false, null);

        LineRow p = LineRow.of(promoted, Locale.ENGLISH);
        LineRow h = LineRow.of(byHand, Locale.ENGLISH);

        assertThat(p.promotion()).isTrue();
        assertThat(p.amount()).isEqualTo(yuan("3.00"));
        assertThat(h.promotion()).isFalse();
    }
}
