package dev.opentill.core.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A PIN set at a till (outbox event type {@value #TYPE}): a temporary PIN changed by its owner at
 * first login, or a new temporary PIN given by a manager. It carries the new PIN's hash only. The
 * centre applies it once, keyed by {@code eventId}, and only if no later PIN was set
 * ({@code setAt}); then every till of the person's stores gets it down the feed.
 */
public record StaffPinEvent(UUID eventId, UUID staffId, String staffCode, String storeCode, String terminalCode,
        String pinHash, boolean temporary, Instant setAt, UUID approvedBy, String reason) {
    public static final String TYPE = "staff_pin";
    /** The person replaced their temporary PIN at login. */
    public static final String FIRST_LOGIN = "FIRST_LOGIN";
    /** A manager gave the person a new temporary PIN. */
    public static final String MANAGER_RESET = "MANAGER_RESET";
}
