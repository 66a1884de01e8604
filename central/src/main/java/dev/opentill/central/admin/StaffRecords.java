package dev.opentill.central.admin;

import java.util.List;
import java.util.UUID;

/** What the back office sends and sees of staff. A PIN goes in once and never comes back out. */
public final class StaffRecords {
    private StaffRecords() {
    }

    /**
     * A person by {@code code} (what they type at the till, 1 to 12 digits). Exactly one of
     * {@code pin} (hashed here, never stored) or {@code pinHash} (a ready PinHasher hash) for a
     * new person; neither keeps an existing person's PIN. {@code temporaryPin} null means true
     * when a PIN is given: the person chooses their own at the first login. {@code enabled} null
     * means true. {@code stores}: codes of the stores they may work in.
     */
    public record StaffRow(String code, String name, String role, List<String> stores, String pin, String pinHash,
            Boolean temporaryPin, Boolean enabled, Integer maxDiscountBp) {
    }

    /** A new PIN for a person: {@code pin} or {@code pinHash}; {@code temporary} null means true. */
    public record PinReset(String pin, String pinHash, Boolean temporary) {
    }

    /** A person as the back office sees them: no PIN, no hash. */
    public record StaffView(UUID id, String code, String name, String role, List<String> stores, boolean enabled,
            boolean temporaryPin) {
    }
}
