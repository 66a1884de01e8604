package dev.opentill.app.ui.common;

/** The till's screens; the shell shows one at a time. */
public enum Screen {
    LOGIN,
    SALE,
    TENDER,
    RETURNS,
    JOURNAL,
    CASH,
    /** Today's sold-out products and options (issue 14). */
    SOLD_OUT,
    /** The production queue at the counter (issue 14). */
    PRODUCTION,
    /** Delivery-platform orders waiting for a decision (issue 14). */
    DELIVERY
}
