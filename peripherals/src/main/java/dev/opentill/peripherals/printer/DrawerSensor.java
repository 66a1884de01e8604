package dev.opentill.peripherals.printer;

/**
 * How the drawer's open/closed switch shows on the printer's kick connector (pin 3), read through
 * DLE EOT 1. Drawers differ, so the technician picks the polarity, or NONE when there is no switch.
 */
public enum DrawerSensor {
    NONE,
    OPEN_WHEN_HIGH,
    OPEN_WHEN_LOW
}
