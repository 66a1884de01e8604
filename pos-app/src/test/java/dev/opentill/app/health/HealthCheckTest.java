package dev.opentill.app.health;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.store.HealthFacts;
import dev.opentill.core.health.HealthItem;
import dev.opentill.core.health.HealthItem.Level;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The till's health check over a real store: the outbox's depth and age, a bare till, the clock. */
class HealthCheckTest {
    @TempDir
    Path dir;
    private final Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final HealthCheck check = new HealthCheck(Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(1),
            d -> HealthItem.ok("device", "health.device.opens", d.connection()));

    private static void pending(TillStore store, long seq, OffsetDateTime at) {
        store.dsl().insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, UUID.randomUUID())
                .set(OUTBOX.EVENT_TYPE, "sale.completed").set(OUTBOX.AGGREGATE_ID, UUID.randomUUID())
                .set(OUTBOX.PAYLOAD, "{}").set(OUTBOX.CREATED_AT, at).execute();
    }

    @Test
    void theOutboxDepthAndItsOldestSaleAreReportedAndADayOldOneIsAFailure() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            assertThat(check.outbox(new HealthFacts(store).outbox()).messageKey()).isEqualTo("health.outbox.empty");

            pending(store, 1, OffsetDateTime.ofInstant(now.minus(Duration.ofMinutes(10)), ZoneOffset.UTC));
            pending(store, 2, OffsetDateTime.ofInstant(now.minus(Duration.ofMinutes(3)), ZoneOffset.UTC));
            HealthItem recent = check.outbox(new HealthFacts(store).outbox());
            assertThat(recent.level()).isEqualTo(Level.OK);
            assertThat(recent.args()).startsWith("2", "10");

            pending(store, 3, OffsetDateTime.ofInstant(now.minus(Duration.ofHours(30)), ZoneOffset.UTC));
            HealthItem stuck = check.outbox(new HealthFacts(store).outbox());
            assertThat(stuck.level()).isEqualTo(Level.FAIL);
            assertThat(stuck.messageKey()).isEqualTo("health.outbox.stuck");
            assertThat(stuck.args()).startsWith("3", "1800");
        }
    }

    @Test
    void aTillWithoutEnrollmentOrDevicesIsUnhealthyAndSaysWhy() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            var items = check.run(store);

            assertThat(HealthCheck.healthy(items)).isFalse();
            assertThat(items).extracting(HealthItem::messageKey).contains("health.devices.none",
                    "health.centre.notEnrolled", "health.store.size", "health.disk.ok");
        }
    }

    @Test
    void aClockFarFromTheCentresFailsAndASmallDifferenceIsFine() {
        Instant t = Instant.parse("2026-12-07T10:00:00Z");
        assertThat(CentreRoute.skew(t.plusSeconds(120), t, t.plusMillis(20)).level()).isEqualTo(Level.FAIL);
        assertThat(CentreRoute.skew(t.plusSeconds(10), t, t.plusMillis(20)).level()).isEqualTo(Level.WARN);
        assertThat(CentreRoute.skew(t.plusMillis(15), t, t.plusMillis(20)).level()).isEqualTo(Level.OK);
    }
}
