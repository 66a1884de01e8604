package dev.opentill.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void splitsProportionallyWhenItDividesExactly() {
        assertThat(Allocation.allocate(100, new long[]{1, 3})).containsExactly(25, 75);
    }

    @Test
    void givesTheLeftoverUnitsToTheLargestRemainders() {
        // 100 over 1:1:1 is 33.33 each: one part takes the extra fen.
        long[] parts = Allocation.allocate(100, new long[]{1, 1, 1});
        assertThat(Arrays.stream(parts).sum()).isEqualTo(100);
        assertThat(parts).containsExactlyInAnyOrder(34, 33, 33);
        // 10 over 1:2:4 is 1.43, 2.86, 5.71: floors 1, 2, 5 leave 2 units for the two largest remainders.
        assertThat(Allocation.allocate(10, new long[]{1, 2, 4})).containsExactly(1, 3, 6);
    }

    @Test
    void negativeTotalGivesNegativeParts() {
        assertThat(Allocation.allocate(-100, new long[]{1, 3})).containsExactly(-25, -75);
        long[] parts = Allocation.allocate(-100, new long[]{1, 1, 1});
        assertThat(parts).containsExactlyInAnyOrder(-34, -33, -33);
    }

    @Test
    void zeroWeightsTakeNothing() {
        assertThat(Allocation.allocate(7, new long[]{0, 5, 0})).containsExactly(0, 7, 0);
    }

    @Test
    void allZeroWeightsGiveTheWholeToTheFirstPart() {
        assertThat(Allocation.allocate(7, new long[]{0, 0})).containsExactly(7, 0);
    }

    @Test
    void refusesNegativeWeights() {
        assertThatThrownBy(() -> Allocation.allocate(10, new long[]{3, -1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToAllocateSomethingAcrossNothing() {
        assertThatThrownBy(() -> Allocation.allocate(10, new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(Allocation.allocate(0, new long[0])).isEmpty();
    }

    @Property
    void partsAlwaysSumToTheWhole(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long total,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 1_000_000_000L) Long> weights) {
        long[] parts = Allocation.allocate(total, toArray(weights));
        assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
    }

    @Property
    void eachPartIsWithinOneUnitOfItsExactShare(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long total,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 1, max = 1_000_000L) Long> weights) {
        long[] w = toArray(weights);
        long[] parts = Allocation.allocate(total, w);
        double weightSum = Arrays.stream(w).sum();
        for (int i = 0; i < w.length; i++) {
            double exact = (double) total * w[i] / weightSum;
            assertThat(Math.abs(parts[i] - exact)).isLessThan(1.0 + 1e-6);
        }
    }

    @Property
    void partsCarryTheSignOfTheTotal(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long total,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 1_000_000L) Long> weights) {
        for (long part : Allocation.allocate(total, toArray(weights))) {
            if (total >= 0) {
                assertThat(part).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(part).isLessThanOrEqualTo(0);
            }
        }
    }

    @Property
    void aLargerWeightNeverGetsASmallerPart(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long total,
            @ForAll @Size(min = 2, max = 30) List<@LongRange(min = 0, max = 1_000_000L) Long> weights) {
        long[] w = toArray(weights);
        long[] parts = Allocation.allocate(total, w);
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (w[i] > w[j] && Arrays.stream(w).sum() > 0) {
                    assertThat(parts[i]).isGreaterThanOrEqualTo(parts[j]);
                }
            }
        }
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
