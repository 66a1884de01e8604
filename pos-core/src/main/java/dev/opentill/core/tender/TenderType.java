package dev.opentill.core.tender;

/** How the customer pays. CASH is rounded and gives change; the others must not exceed what is due. */
public enum TenderType {
    CASH,
    CARD,
    MOBILE,
    VOUCHER,
    /** Paid online before the customer came to collect; the reference is the order number. */
    PREPAID,
    /** A stored-value card (储值卡), held and captured at the centre; the reference is the card number. */
    STORED_VALUE;

    public boolean givesChange() {
        return this == CASH;
    }

    /**
     * Paid before the customer came (an order paid online): the till never takes it, and it
     * stays on its ticket, whose lines are charged at exactly that.
     */
    public boolean paidBeforehand() {
        return this == PREPAID;
    }
}
