package dev.opentill.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {
    private static final Instant T0 = Instant.parse("2026-11-21T09:30:00.123Z");

    /** UUIDs compared as RFC 9562 orders them: unsigned, most significant bits first. */
    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static void assertStrictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertThat(compareUnsigned(ids.get(i - 1), ids.get(i))).as("id %d after id %d", i, i - 1).isNegative();
        }
    }

    @Test
    void carriesVersionSevenAndTheRfcVariant() {
        UUID id = UuidV7.next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void carriesTheClockMillisecond() {
        UuidV7 generator = new UuidV7(Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(UuidV7.millisOf(generator.generate())).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void idsFromOneGeneratorStrictlyIncreaseWithinOneMillisecond() {
        UuidV7 generator = new UuidV7(Clock.fixed(T0, ZoneOffset.UTC));
        List<UUID> ids = new ArrayList<>();
        // more than the 4096 the 12-bit counter holds in one millisecond
        for (int i = 0; i < 10_000; i++) {
            ids.add(generator.generate());
        }
        assertStrictlyIncreasing(ids);
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void idsKeepIncreasingWhenTheClockStepsBack() {
        MutableClock clock = new MutableClock(T0.toEpochMilli());
        UuidV7 generator = new UuidV7(clock);
        List<UUID> ids = new ArrayList<>();
        ids.add(generator.generate());
        clock.millis = T0.toEpochMilli() + 5;
        ids.add(generator.generate());
        clock.millis = T0.toEpochMilli() - 1000;
        ids.add(generator.generate());
        ids.add(generator.generate());
        assertStrictlyIncreasing(ids);
    }

    @Test
    void laterMillisecondsGiveLaterIds() {
        MutableClock clock = new MutableClock(T0.toEpochMilli());
        UuidV7 generator = new UuidV7(clock);
        UUID first = generator.generate();
        clock.millis += 1;
        UUID second = generator.generate();
        assertThat(compareUnsigned(first, second)).isNegative();
        assertThat(UuidV7.millisOf(second) - UuidV7.millisOf(first)).isEqualTo(1);
    }

    @Test
    void millisOfRefusesOtherVersions() {
        assertThatThrownBy(() -> UuidV7.millisOf(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoGeneratorsInOneMillisecondDoNotCollide() {
        Clock fixed = Clock.fixed(T0, ZoneOffset.UTC);
        assertThat(new UuidV7(fixed).generate()).isNotEqualTo(new UuidV7(fixed).generate());
    }

    private static final class MutableClock extends Clock {
        long millis;

        MutableClock(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
