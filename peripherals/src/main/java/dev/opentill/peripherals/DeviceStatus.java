package dev.opentill.peripherals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the till knows about one device: reachable or not, the conditions it reports (paper out,
 * cover open, drawer open...) and a human-readable detail for the status bar.
 */
public record DeviceStatus(String device, Availability availability, Set<Condition> conditions, String detail,
        Instant at) {

    public DeviceStatus {
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
        detail = detail == null ? "" : detail;
    }

    /** Whether the device can be talked to at all. UNKNOWN until the first exchange. */
    public enum Availability {
        UNKNOWN,
        ONLINE,
        OFFLINE
    }

    /** Conditions a device reports while it is reachable. */
    public enum Condition {
        /** The printer answered but reports itself offline (cover, paper, feed button or error). */
        PRINTER_PAUSED,
        COVER_OPEN,
        PAPER_NEAR_END,
        PAPER_OUT,
        CUTTER_ERROR,
        UNRECOVERABLE_ERROR,
        DRAWER_OPEN,
        DRAWER_LEFT_OPEN,
        SCALE_OVERLOAD,
        /** An input device sends bytes without ever ending a frame (a scanner's suffix set wrongly): dropped. */
        INPUT_OVERRUN
    }

    public static DeviceStatus unknown(String device) {
        return new DeviceStatus(device, Availability.UNKNOWN, Set.of(), "not contacted yet", Instant.now());
    }

    public static DeviceStatus online(String device, Set<Condition> conditions) {
        return new DeviceStatus(device, Availability.ONLINE, conditions, "", Instant.now());
    }

    public static DeviceStatus offline(String device, String why) {
        return new DeviceStatus(device, Availability.OFFLINE, Set.of(), why, Instant.now());
    }

    public boolean isOnline() {
        return availability == Availability.ONLINE;
    }

    public boolean has(Condition condition) {
        return conditions.contains(condition);
    }

    /** Online and nothing that stops printing: the receipt can go out now. */
    public boolean isReadyToPrint() {
        return isOnline() && !has(Condition.PRINTER_PAUSED) && !has(Condition.COVER_OPEN) && !has(Condition.PAPER_OUT)
                && !has(Condition.CUTTER_ERROR) && !has(Condition.UNRECOVERABLE_ERROR);
    }

    /** Same availability and conditions: used to notify listeners only on a real change. */
    public boolean sameStateAs(DeviceStatus other) {
        return other != null && availability == other.availability && conditions.equals(other.conditions);
    }

    @Override
    public String toString() {
        return device + ": " + availability + (conditions.isEmpty() ? "" : " " + conditions)
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
