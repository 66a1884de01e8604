package dev.opentill.app.ui.devices;

/**
 * The devices' state as the status bar shows it. {@code scannerOffline} is true while a configured
 * serial scanner cannot be reached (a keyboard-wedge or simulated scanner is never offline).
 */
public record DeviceState(PrinterState printer, boolean drawerOpen, boolean scannerOffline) {
    public static final DeviceState UNKNOWN = new DeviceState(PrinterState.UNKNOWN, false, false);

    public DeviceState(PrinterState printer, boolean drawerOpen) {
        this(printer, drawerOpen, false);
    }
}
