package dev.opentill.app.ui.devices;

/**
 * The devices the till UI talks to. The composition root fills it with simulators or with thin
 * adapters over the peripherals module; nothing else in the UI knows which. {@code previews} is
 * set only when each printed receipt is to be shown on screen (demo mode), else null.
 */
public record TillDevices(ReceiptOutput printer, DrawerControl drawer, ScanSource scanner, WeightSource scale,
        DisplayOutput display, DeviceStatusSource status, PaperPreviews previews) {

    /** Devices without an on-screen copy of the printed paper. */
    public TillDevices(ReceiptOutput printer, DrawerControl drawer, ScanSource scanner, WeightSource scale,
            DisplayOutput display, DeviceStatusSource status) {
        this(printer, drawer, scanner, scale, display, status, null);
    }
}
