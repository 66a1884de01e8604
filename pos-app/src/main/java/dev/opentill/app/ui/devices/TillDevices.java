package dev.opentill.app.ui.devices;

/**
 * The devices the till UI talks to. The composition root fills it with simulators or with thin
 * adapters over the peripherals module; nothing else in the UI knows which.
 */
public record TillDevices(ReceiptOutput printer, DrawerControl drawer, ScanSource scanner, WeightSource scale,
        DisplayOutput display, DeviceStatusSource status) {
}
