package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.DEVICE_CONFIG;

import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.DeviceConfigRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The devices this till is set up to drive ({@code device_config}, one row per kind). A save of
 * several devices is one transaction, synced to disk before it returns: a setup that fails half-way
 * leaves the devices as they were. A row of a kind this version does not know is skipped when read,
 * so a newer setup cannot stop an older till from starting.
 */
public final class DeviceConfigRepository {
    private final TillStore store;
    private final Clock clock;

    public DeviceConfigRepository(TillStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every configured device, in kind order. */
    public List<DeviceSetting> all() {
        List<DeviceSetting> out = new ArrayList<>();
        for (DeviceConfigRecord r : store.dsl().selectFrom(DEVICE_CONFIG).orderBy(DEVICE_CONFIG.KIND).fetch()) {
            Kind kind = Kind.ofKey(r.getKind());
            if (kind != null) {
                out.add(new DeviceSetting(kind, r.getConnection(), r.getModel(), r.getCodePage(),
                        r.getDrawerPin() == null ? null : r.getDrawerPin().intValue()));
            }
        }
        out.sort((a, b) -> a.kind().compareTo(b.kind()));
        return out;
    }

    public Optional<DeviceSetting> find(Kind kind) {
        return all().stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** Writes {@code settings} (replacing any of the same kind) in one durable transaction. */
    public void save(Collection<DeviceSetting> settings) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            for (DeviceSetting d : settings) {
                Short pin = d.drawerPin() == null ? null : d.drawerPin().shortValue();
                tx.mergeInto(DEVICE_CONFIG)
                        .columns(DEVICE_CONFIG.KIND, DEVICE_CONFIG.CONNECTION, DEVICE_CONFIG.MODEL,
                                DEVICE_CONFIG.CODE_PAGE, DEVICE_CONFIG.DRAWER_PIN, DEVICE_CONFIG.UPDATED_AT)
                        .key(DEVICE_CONFIG.KIND)
                        .values(d.kind().key(), d.connection(), d.model(), d.codePage(), pin, now)
                        .execute();
            }
        });
        store.syncToDisk();
    }

    /** Removes the device of {@code kind}; true when there was one. */
    public boolean remove(Kind kind) {
        int n = store.dsl().deleteFrom(DEVICE_CONFIG).where(DEVICE_CONFIG.KIND.eq(kind.key())).execute();
        store.syncToDisk();
        return n > 0;
    }
}
