package dev.opentill.app.tender;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.sync.StoredValueCards;
import dev.opentill.sync.StoredValueException;
import java.util.Locale;
import java.util.UUID;

/** {@link StoredValueGate} over the sync agent's {@link StoredValueCards} (hold and capture at the centre). */
public final class CentreStoredValue implements StoredValueGate {
    private final StoredValueCards cards;

    public CentreStoredValue(StoredValueCards cards) {
        this.cards = cards;
    }

    @Override
    public void authorise(UUID tenderId, String cardNo, Money amount) {
        try {
            cards.authorise(tenderId, cardNo, amount.minor());
        } catch (StoredValueException e) {
            throw new SaleException(SaleError.STORED_VALUE_REFUSED, e.message(Locale.ENGLISH), e.refusal().name(),
                    e.detail() == null ? "" : e.detail());
        }
    }

    @Override
    public void capture(UUID tenderId) {
        cards.capture(tenderId);
    }

    @Override
    public void release(UUID tenderId) {
        cards.release(tenderId);
    }
}
