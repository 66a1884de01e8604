package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.migrations.TillStore;
import java.time.Instant;
import org.jooq.impl.DSL;

/** What the health check reads from the till's store: settings, and the events waiting for the centre. */
public final class HealthFacts {
    private final TillStore store;

    /** Events not yet acknowledged by the centre: how many, and when the oldest was written (null if none). */
    public record Outbox(int depth, Instant oldest) {
    }

    public HealthFacts(TillStore store) {
        this.store = store;
    }

    /** A stored setting, or null. */
    public String setting(String key) {
        return store.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq(key));
    }

    public Outbox outbox() {
        var r = store.dsl().select(DSL.count(), DSL.min(OUTBOX.CREATED_AT)).from(OUTBOX)
                .where(OUTBOX.ACKED_AT.isNull()).fetchOne();
        return new Outbox(r.value1(), r.value2() == null ? null : r.value2().toInstant());
    }
}
