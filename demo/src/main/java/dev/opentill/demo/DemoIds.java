package dev.opentill.demo;

import java.util.UUID;

/**
 * Repeatable UUIDs in version-7 layout for demo rows: the time field counts up from a fixed
 * instant, so rows sort (and insert) in generation order, and the random bits come from the seed.
 */
final class DemoIds {
    /** 2026-01-01T00:00:00Z. */
    private static final long BASE_MILLIS = 1_767_225_600_000L;

    private DemoIds() {
    }

    static UUID id(long seed, int kind, long index) {
        long msb = ((BASE_MILLIS + index) & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (kind & 0xFFF);
        long lsb = (mix(seed ^ mix(index * 31 + kind)) & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** A 64-bit finaliser (from SplitMix64): spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
