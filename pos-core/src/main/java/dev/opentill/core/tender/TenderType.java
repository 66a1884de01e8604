package dev.opentill.core.tender;

/** How the customer pays. CASH is rounded and gives change; the others must not exceed what is due. */
public enum TenderType {
    CASH,
    CARD,
    MOBILE,
    VOUCHER;

    public boolean givesChange() {
        return this == CASH;
    }
}
