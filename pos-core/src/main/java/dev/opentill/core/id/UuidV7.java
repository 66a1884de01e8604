package dev.opentill.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits. IDs made at a till sort
 * by creation time and need no coordination. Within one millisecond a counter in the random part
 * keeps IDs from one generator strictly increasing.
 */
public final class UuidV7 {
    private static final UuidV7 DEFAULT = new UuidV7(Clock.systemUTC());

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long counter;

    public UuidV7(Clock clock) {
        this.clock = clock;
    }

    public static UUID next() {
        return DEFAULT.generate();
    }

    public synchronized UUID generate() {
        long millis = clock.millis();
        if (millis <= lastMillis) {
            millis = lastMillis;
            counter++;
            if (counter > 0xFFF) {
                // 4096 IDs in one millisecond: borrow the next millisecond rather than repeat.
                millis = ++lastMillis;
                counter = random.nextInt(0x400);
            }
        } else {
            counter = random.nextInt(0x400);
        }
        lastMillis = millis;
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (counter & 0xFFF);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The creation time in Unix milliseconds of a version-7 UUID. */
    public static long millisOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("Not a UUIDv7: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
