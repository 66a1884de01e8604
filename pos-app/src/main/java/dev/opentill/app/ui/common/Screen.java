package dev.opentill.app.ui.common;

/** The till's screens; the shell shows one at a time. */
public enum Screen {
    LOGIN,
    SALE,
    TENDER,
    RETURNS,
    JOURNAL,
    CASH
}
