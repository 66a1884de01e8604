package dev.opentill.app.health;

import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.health.HealthItem;
import dev.opentill.core.staff.Permission;
import dev.opentill.migrations.TillStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * {@link TillHealth} over the open till: who may look ({@code MANAGE_DEVICES}: managers and
 * technicians), then {@link HealthCheck} on its store.
 */
public final class HealthDesk implements TillHealth {
    private final TillStore store;
    private final Authority authority;
    private final HealthCheck check;

    public HealthDesk(TillStore store, Authority authority, Clock clock, Duration timeout,
            Function<DeviceSetting, HealthItem> probe) {
        this.store = store;
        this.authority = authority;
        this.check = new HealthCheck(clock, timeout, probe);
    }

    @Override
    public List<HealthItem> check(Approval approver) {
        authority.authorise(Permission.MANAGE_DEVICES, approver);
        return check.run(store);
    }
}
