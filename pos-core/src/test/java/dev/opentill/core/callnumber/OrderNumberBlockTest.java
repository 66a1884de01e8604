package dev.opentill.core.callnumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class OrderNumberBlockTest {
    @Test
    void aSingleTillCountsFromOneTo999AndStartsAgain() {
        OrderNumberBlock only = new OrderNumberBlock(0, 1);
        assertThat(only.next(null)).isEqualTo(1);
        assertThat(only.next(41)).isEqualTo(42);
        assertThat(only.next(999)).isEqualTo(1);
        assertThat(OrderNumberBlock.text(7)).isEqualTo("007");
    }

    @Test
    void threeTillsShareTheNumbersInBlocksTheFirstDigitTellingTheTill() {
        OrderNumberBlock second = new OrderNumberBlock(1, 3);
        assertThat(second.first()).isEqualTo(333);
        assertThat(second.last()).isEqualTo(665);
        assertThat(second.next(null)).isEqualTo(333);
        assertThat(second.next(665)).isEqualTo(333);
        assertThat(second.next(12)).isEqualTo(333);
    }

    @Test
    void impossibleSlotsAreRefused() {
        assertThatThrownBy(() -> new OrderNumberBlock(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderNumberBlock(0, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBusinessDayRunsPastMidnightUntilTheDayStart() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalTime four = LocalTime.of(4, 0);
        assertThat(OrderNumberBlock.businessDay(Instant.parse("2026-12-07T18:30:00Z"), shanghai, four))
                .isEqualTo(LocalDate.of(2026, 12, 7)); // 02:30 on the 8th in Shanghai
        assertThat(OrderNumberBlock.businessDay(Instant.parse("2026-12-07T20:30:00Z"), shanghai, four))
                .isEqualTo(LocalDate.of(2026, 12, 8));
    }

    /** However many orders each till takes (within its block), no two tills of a store give the same number. */
    @Property
    void tillsOfAStoreNeverGiveTheSameNumberBeforeTheirBlockWraps(@ForAll @IntRange(min = 1, max = 10) int slots,
            @ForAll @IntRange(min = 1, max = 99) int ordersEach) {
        Set<Integer> seen = new HashSet<>();
        for (int slot = 0; slot < slots; slot++) {
            OrderNumberBlock b = new OrderNumberBlock(slot, slots);
            Integer n = null;
            for (int i = 0; i < Math.min(ordersEach, b.last() - b.start() + 1); i++) {
                n = b.next(n);
                assertThat(n).isBetween(0, 999);
                assertThat(seen.add(n)).as("number %d given twice", n).isTrue();
            }
        }
    }
}
