package dev.opentill.peripherals.drawer;

/** What the drawer's sensor says; UNKNOWN when it has none. */
public enum DrawerState {
    OPEN,
    CLOSED,
    UNKNOWN
}
