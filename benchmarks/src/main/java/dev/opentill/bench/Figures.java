package dev.opentill.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles over recorded latencies and the {@code figure} output format. */
public final class Figures {
    private Figures() {
    }

    public static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "figure %s %.3f %s", name, value, unit));
        System.out.flush();
    }

    /** The {@code p}-th percentile (0-100) of nanosecond samples, in milliseconds. */
    public static double percentileMs(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
