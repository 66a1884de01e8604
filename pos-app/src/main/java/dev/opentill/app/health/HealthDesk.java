package dev.opentill.app.health;

import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.AuditAction;
import dev.opentill.app.setup.SetupException;
import dev.opentill.app.setup.SetupException.Reason;
import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.HealthFacts;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.health.HealthItem;
import dev.opentill.core.staff.Cashier;
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
    private final AuditLog audit;
    private final HealthCheck check;

    public HealthDesk(TillStore store, Authority authority, AuditLog audit, Clock clock, Duration timeout,
            Function<DeviceSetting, HealthItem> probe) {
        this.store = store;
        this.authority = authority;
        this.audit = audit;
        this.check = new HealthCheck(clock, timeout, probe);
    }

    @Override
    public List<HealthItem> check(Approval approver) {
        authority.authorise(Permission.MANAGE_DEVICES, approver);
        return check.run(store);
    }

    @Override
    public void authoriseSetup(Approval approver) {
        Cashier by = authority.authorise(Permission.MANAGE_DEVICES, approver);
        if (new HealthFacts(store).setting("sync.credential") == null) {
            // The wizard finishes only on an enrolled till: opened here it could not be left again.
            throw new SetupException(Reason.NEEDS_ENROLLMENT);
        }
        audit.record(store, authority.requireCashier().id(), authority.approverId(by), AuditAction.SETUP_REOPENED,
                "devices", "setup wizard opened again");
    }
}
