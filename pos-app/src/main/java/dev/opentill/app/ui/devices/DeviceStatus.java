package dev.opentill.app.ui.devices;

/** The devices' state as the status bar shows it. */
public record DeviceStatus(PrinterState printer, boolean drawerOpen) {
    public static final DeviceStatus UNKNOWN = new DeviceStatus(PrinterState.UNKNOWN, false);
}
