package dev.opentill.app.ui.devices;

/** The devices' state as the status bar shows it. */
public record DeviceState(PrinterState printer, boolean drawerOpen) {
    public static final DeviceState UNKNOWN = new DeviceState(PrinterState.UNKNOWN, false);
}
