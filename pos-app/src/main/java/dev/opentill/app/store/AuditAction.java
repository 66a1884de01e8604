package dev.opentill.app.store;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    /** The PIN was right but temporary: the person must choose their own before signing in. */
    LOGIN_PIN_CHANGE_REQUIRED,
    /** A person replaced their temporary PIN with their own. */
    PIN_CHANGED,
    /** A manager gave a person a new temporary PIN; the approver is the manager. */
    PIN_RESET,
    APPROVAL_FAILED,
    LOGOUT,
    SALE_COMPLETED,
    RETURN_COMPLETED,
    TICKET_CANCELLED,
    LINE_VOIDED,
    PRICE_OVERRIDDEN,
    DISCOUNT_GIVEN,
    DRAWER_OPENED,
    NO_SALE,
    RECEIPT_REPRINTED,
    SHIFT_OPENED,
    SHIFT_CLOSED,
    SHIFT_REPORTED,
    SETTINGS_CHANGED,
    /** The chain is keyed from here on (the till's audit key was made). */
    AUDIT_KEYED,
    /** The chain failed verification at start; the subject is the first broken seq. */
    AUDIT_CHAIN_BROKEN,
    // The cash office.
    /** Cash moved other than by a sale: float, pay in or out, safe drop or pickup (subject: kind). */
    CASH_MOVED,
    /** The drawer counted mid-shift (a till audit), the count in the detail. */
    DRAWER_COUNTED,
    /** A stored Z report printed again, marked as a copy. */
    Z_REPRINTED,
    /** Old sales the centre has removed from the till's store (subject: how many). */
    SALES_PRUNED
}
