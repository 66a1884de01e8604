package dev.opentill.app.health;

import dev.opentill.app.store.DeviceConfigRepository;
import dev.opentill.app.store.HealthFacts;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.health.HealthItem;
import dev.opentill.core.health.HealthItem.Level;
import dev.opentill.migrations.TillStore;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The till's health in one pass: every configured device probed, the route to the centre, the
 * clock against the centre's, the disk, the store file and the sales waiting to reach the centre.
 * The same findings serve {@code installer health} and the manager's health screen at the till;
 * devices are probed by the {@code probe} the caller supplies (the device adapters', which this
 * feature may not reach itself).
 */
public final class HealthCheck {
    /** Below this much free disk a sale may fail to be written. */
    static final long FAIL_FREE_BYTES = 200L * 1024 * 1024;
    static final long WARN_FREE_BYTES = 1024L * 1024 * 1024;
    /** A sale older than this not yet at the centre means sync is stuck. */
    static final Duration WARN_PENDING_AGE = Duration.ofHours(1);
    static final Duration FAIL_PENDING_AGE = Duration.ofHours(24);

    private final Clock clock;
    private final Duration timeout;
    private final Function<DeviceSetting, HealthItem> probe;

    public HealthCheck(Clock clock, Duration timeout, Function<DeviceSetting, HealthItem> probe) {
        this.clock = clock;
        this.timeout = timeout;
        this.probe = probe;
    }

    public List<HealthItem> run(TillStore store) {
        List<HealthItem> items = new ArrayList<>();
        List<DeviceSetting> devices = new DeviceConfigRepository(store, clock).all();
        if (devices.isEmpty()) {
            items.add(HealthItem.warn("devices", "health.devices.none"));
        }
        devices.forEach(d -> items.add(probe.apply(d)));
        HealthFacts facts = new HealthFacts(store);
        items.addAll(new CentreRoute(timeout, clock).check(facts.setting("sync.url"), facts.setting("store.code"),
                facts.setting("sync.credential")));
        items.add(disk(store.file()));
        items.add(storeSize(store.file()));
        items.add(outbox(facts.outbox()));
        return items;
    }

    public static boolean healthy(List<HealthItem> items) {
        return items.stream().noneMatch(i -> i.level() == Level.FAIL);
    }

    static HealthItem disk(Path storeFile) {
        try {
            Path dir = storeFile.toAbsolutePath().getParent();
            FileStore fs = Files.getFileStore(dir);
            long free = fs.getUsableSpace();
            String mb = String.valueOf(free / (1024 * 1024));
            if (free < FAIL_FREE_BYTES) {
                return HealthItem.fail("disk", "health.disk.full", mb, dir);
            }
            return free < WARN_FREE_BYTES
                    ? HealthItem.warn("disk", "health.disk.low", mb, dir)
                    : HealthItem.ok("disk", "health.disk.ok", mb, dir);
        } catch (IOException e) {
            return HealthItem.fail("disk", "health.disk.unknown", e.getMessage());
        }
    }

    /** {@code storeBase} is the store's base name; H2 keeps it in {@code <base>.mv.db}. */
    static HealthItem storeSize(Path storeBase) {
        Path storeFile = Files.exists(storeBase) ? storeBase : Path.of(storeBase + ".mv.db");
        try {
            return HealthItem.ok("store", "health.store.size", Files.size(storeFile) / 1024, storeFile);
        } catch (IOException e) {
            return HealthItem.fail("store", "health.store.missing", storeFile);
        }
    }

    HealthItem outbox(HealthFacts.Outbox waiting) {
        int depth = waiting.depth();
        Instant oldest = waiting.oldest();
        if (depth == 0) {
            return HealthItem.ok("outbox", "health.outbox.empty");
        }
        Duration age = Duration.between(oldest, clock.instant());
        String minutes = String.valueOf(age.toMinutes());
        if (age.compareTo(FAIL_PENDING_AGE) > 0) {
            return HealthItem.fail("outbox", "health.outbox.stuck", depth, minutes, oldest);
        }
        return age.compareTo(WARN_PENDING_AGE) > 0
                ? HealthItem.warn("outbox", "health.outbox.old", depth, minutes, oldest)
                : HealthItem.ok("outbox", "health.outbox.pending", depth, minutes, oldest);
    }
}
