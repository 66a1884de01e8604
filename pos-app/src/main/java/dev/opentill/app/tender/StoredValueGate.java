package dev.opentill.app.tender;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.UUID;

/**
 * The centre's authorisation of stored-value tenders, as the tender service needs it: a hold
 * keyed by the tender's id when the tender is added, its capture once the sale is stored, its
 * release when the tender is taken off. Refusals are {@link SaleException}s with
 * {@link SaleError#STORED_VALUE_REFUSED} (the refusal's code, then its detail). Calls block on the
 * network: make them off the FX thread.
 */
public interface StoredValueGate {
    /** Reserves {@code amount} of the card for the tender, online or within its offline allowance. */
    void authorise(UUID tenderId, String cardNo, Money amount);

    /** Spends an authorised tender; never refused for the network (the till reports it later). */
    void capture(UUID tenderId);

    /** Gives an authorised tender back. */
    void release(UUID tenderId);

    /** A till with no centre: stored-value cards are refused with a clear message. */
    StoredValueGate NONE = new StoredValueGate() {
        @Override
        public void authorise(UUID tenderId, String cardNo, Money amount) {
            throw new SaleException(SaleError.STORED_VALUE_REFUSED, "This till has no central platform",
                    "NOT_ENROLLED", "");
        }

        @Override
        public void capture(UUID tenderId) {
            throw new IllegalStateException("no stored-value tender was authorised");
        }

        @Override
        public void release(UUID tenderId) {
            // nothing was authorised
        }
    };
}
