package dev.opentill.core.staff;

/** Actions beyond plain selling; each use is written to the audit log with who approved it. */
public enum Permission {
    VOID_LINE,
    OVERRIDE_PRICE,
    DISCOUNT_BEYOND_LIMIT,
    CANCEL_TICKET,
    NO_SALE,
    REFUND,
    CLOSE_SHIFT,
    MANAGE_DEVICES,
    /** Giving another person a new temporary PIN at the till. */
    RESET_PIN,
    /** Marking a product or an option sold out for the business day, or available again. */
    MARK_SOLD_OUT
}
