package dev.opentill.core.sale;

/**
 * Why the till refused an action. Each constant is also the suffix of a message key
 * ({@code error.<name>}) in the UI's resource bundles, so cashiers see it in their language.
 */
public enum SaleError {
    UNKNOWN_BARCODE,
    BAD_CHECK_DIGIT,
    UNREADABLE_SCAN,
    QUANTITY_NOT_POSITIVE,
    QUANTITY_TOO_LARGE,
    WEIGHT_REQUIRED,
    FRACTIONAL_QUANTITY,
    PRICE_NEGATIVE,
    PRICE_TOO_LARGE,
    DISCOUNT_NEGATIVE,
    DISCOUNT_EXCEEDS_AMOUNT,
    NO_SUCH_LINE,
    LINE_VOIDED,
    TICKET_EMPTY,
    TICKET_HAS_TENDERS,
    TENDER_NOT_POSITIVE,
    TENDER_NOT_ACCEPTED,
    TENDER_EXCEEDS_DUE,
    TENDER_SHORT,
    /** The centre (or, offline, the card's allowance) refused a stored-value tender: args are the refusal and its detail. */
    STORED_VALUE_REFUSED,
    CURRENCY_MISMATCH,
    RETURN_EXCEEDS_SOLD,
    RETURN_LINE_UNKNOWN,
    RETURN_WRONG_TICKET,
    STORE_LOCKED,
    STORE_TOO_NEW,
    NOT_AUTHORISED,
    /** Too many wrong PINs from this approver: locked for a while (detail: until when). */
    APPROVER_LOCKED,
    NO_OPEN_SHIFT,
    SHIFT_ALREADY_OPEN,
    AMOUNT_NEGATIVE,
    COUPON_NOT_VALID,
    COUPON_MIN_SPEND,
    COUPON_MEMBER_ONLY,
    ORDER_NOT_READY,
    ORDER_PRODUCT_UNKNOWN,
    MEMBER_UNKNOWN,
    RECEIPT_UNKNOWN,
    /** The receipt is this till's, but its sale is older than the till keeps (pruned). */
    RECEIPT_PRUNED,
    TICKET_NOT_EMPTY,
    NO_SUCH_PARKED_TICKET,
    /** A choice names no option of the product's groups (detail: the group or option code). */
    OPTION_UNKNOWN,
    /** A group's rule is broken: too few or too many choices, or an exclusive option with others (detail: group). */
    OPTION_RULE_BROKEN,
    /** The product or option is sold out in this store today (detail: its name or code). */
    SOLD_OUT,
    /** A price given with options or a combo is not what its parts add up to (detail: the product). */
    PRICE_DOES_NOT_ADD_UP,
    /** A combo's slots are not filled by exactly one allowed product each (detail: slot or product). */
    COMBO_INVALID,
    // The cash office (end of day).
    /** A count that is not a whole number of pieces (args: denomination, text typed). */
    COUNT_NOT_A_NUMBER,
    /** A count no drawer can hold (args: denomination or tender, text typed). */
    COUNT_ABSURD,
    /** A pay-out or drop of more cash than the drawer holds (args: amount, cash in the drawer). */
    CASH_EXCEEDS_DRAWER,
    /** A cash movement needs a reason code from the list (arg: kind). */
    REASON_REQUIRED,
    /** A safe drop or pickup needs the bag's number. */
    BAG_NUMBER_REQUIRED,
    /** A variance beyond the tender's limit needs a manager's approval and a reason (args: tender, variance). */
    VARIANCE_NEEDS_APPROVAL,
    /** Tickets still open or parked at close (arg: their labels). */
    TICKETS_STILL_OPEN,
    /** Closing with sales not yet at the centre or rejected events needs a manager's confirmation (arg: count). */
    PENDING_NEEDS_CONFIRMATION,
    /** The clock is behind the last recorded time (args: now, last time). */
    CLOCK_SET_BACK,
    /** No Z report with that number or date (arg: what was asked). */
    NO_SUCH_Z,
    // Production queue and delivery orders (issue 14).
    /** A scan or touch names no order in this till's production queue (arg: what was scanned). */
    ORDER_NOT_QUEUED,
    /** The order cannot move that way from where it stands (args: call number, status). */
    ORDER_STATE
}
