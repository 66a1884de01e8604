package dev.opentill.app.ui.devices;

/** What the status bar shows for the receipt printer. */
public enum PrinterState {
    READY,
    PAPER_LOW,
    PAPER_OUT,
    COVER_OPEN,
    OFFLINE,
    UNKNOWN
}
