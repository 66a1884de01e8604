package dev.opentill.core.money;

import java.util.Arrays;
import java.math.BigInteger;

/** Splits an amount across weights so the parts always sum to the whole (largest remainder). */
public final class Allocation {
    private Allocation() {
    }

    /**
     * Allocates {@code total} minor units proportionally to {@code weights}. Parts carry the sign of
     * {@code total}; if every weight is zero the whole amount goes to the first part.
     */
    public static long[] allocate(long total, long[] weights) {
        long[] parts = new long[weights.length];
        if (weights.length == 0) {
            if (total != 0) {
                throw new IllegalArgumentException("Cannot allocate " + total + " across nothing");
            }
            return parts;
        }
        long weightSum = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("Allocation weights must not be negative");
            }
            weightSum = Math.addExact(weightSum, w);
        }
        if (weightSum == 0) {
            parts[0] = total;
            return parts;
        }
        long sign = total < 0 ? -1 : 1;
        long abs = Math.abs(total);
        long allocated = 0;
        long[] remainders = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(abs).multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(BigInteger.valueOf(weightSum));
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            allocated += parts[i];
        }
        long left = abs - allocated;
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
        for (int k = 0; k < left; k++) {
            parts[order[k % order.length]]++;
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] *= sign;
        }
        return parts;
    }
}
