package dev.opentill.sync;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A stored-value card movement the till may not make, with a message for the cashier (English or
 * Simplified Chinese, from the {@code dev.opentill.sync.messages} bundle). Nothing was charged.
 */
public class StoredValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Refusal {
        UNKNOWN_CARD,
        INACTIVE,
        INSUFFICIENT,
        OVER_LIMIT,
        /** The id was used before for another card or amount (a till bug, never a customer's fault). */
        ID_CLASH,
        /** The movement does not fit what the card's ledger holds (a refund beyond what was paid, say). */
        STATE,
        /** Offline, and this till has never seen the card online: it knows no allowance for it. */
        OFFLINE_UNKNOWN_CARD,
        /** Offline, and the spend would go beyond the card's offline allowance. */
        OFFLINE_OVER_ALLOWANCE,
        /** Offline: a top-up needs the centre. */
        OFFLINE_TOP_UP,
        /** The till is not enrolled with a centre. */
        NOT_ENROLLED
    }

    private final Refusal refusal;
    private final String detail;

    public StoredValueException(Refusal refusal, String detail) {
        super(refusal + ": " + detail);
        this.refusal = refusal;
        this.detail = detail;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** What the message names: the card, or the amount the offline allowance still allows. */
    public String detail() {
        return detail;
    }

    /** The message for the cashier in {@code locale}. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(SyncError.BUNDLE, locale);
        return new MessageFormat(bundle.getString("wallet.refused." + refusal.name()), locale)
                .format(new Object[]{detail == null ? "" : detail});
    }
}
