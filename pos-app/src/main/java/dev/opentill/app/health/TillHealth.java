package dev.opentill.app.health;

import dev.opentill.app.security.Approval;
import dev.opentill.core.health.HealthItem;
import java.util.List;

/**
 * The till's health as a manager checks it at the till: the same checks as {@code installer health}.
 * A manager's action ({@code MANAGE_DEVICES}); the call blocks for up to a few seconds per check
 * (devices probed, the centre asked): make it off the FX thread.
 */
public interface TillHealth {

    /** Runs every check now and returns the findings in order. */
    List<HealthItem> check(Approval approver);
}
