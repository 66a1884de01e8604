package dev.opentill.core.wallet;

import java.time.Instant;
import java.util.UUID;

/**
 * The till-to-centre calls for stored-value cards (under {@code /api/v1/wallet}). Every call that
 * moves money is keyed by an id the till made (the tender's, the top-up's, the refund's), so a
 * retry after a lost answer finds what the first attempt did and never moves the money twice.
 * Refusals come back as an error whose code is one of the {@code REFUSED_*} constants.
 */
public final class WalletProtocol {
    /** Longest card number the centre stores. */
    public static final int MAX_CARD_NO = 32;
    /** What a card number may be: 4 to 32 letters, digits or dashes. */
    public static final String CARD_NO_PATTERN = "[0-9A-Za-z-]{4," + MAX_CARD_NO + "}";

    public static final String REFUSED_UNKNOWN_CARD = "WALLET_UNKNOWN_CARD";
    public static final String REFUSED_INACTIVE = "WALLET_INACTIVE";
    public static final String REFUSED_INSUFFICIENT = "WALLET_INSUFFICIENT";
    public static final String REFUSED_OVER_LIMIT = "WALLET_OVER_LIMIT";
    /** The id was used before for another card, amount or kind of movement. */
    public static final String REFUSED_ID_CLASH = "WALLET_ID_CLASH";
    /** A capture of a released hold, a refund beyond what the original tender took, and the like. */
    public static final String REFUSED_STATE = "WALLET_STATE";
    /** No hold was ever taken for the tender named. */
    public static final String REFUSED_NO_HOLD = "WALLET_NO_HOLD";

    /** What a hold is at: held (reserved), captured (spent) or released (given back). */
    public enum HoldStatus {
        HELD,
        CAPTURED,
        RELEASED
    }

    private WalletProtocol() {
    }

    /** Reserve {@code amountMinor} of the card for the tender {@code tenderId}. */
    public record HoldRequest(UUID tenderId, String cardNo, long amountMinor) {
    }

    /** A hold as the centre holds it, with the card's balance after it and its offline allowance. */
    public record HoldAnswer(UUID tenderId, String cardNo, HoldStatus status, long amountMinor, long balanceMinor,
            long availableMinor, long offlineAllowanceMinor) {
    }

    /** Money back to a card, for a return of a sale the card paid (the original tender is named). */
    public record RefundRequest(UUID refundId, String cardNo, long amountMinor, UUID originalTenderId) {
    }

    /** A spend the till took without the centre (offline, or a capture whose answer was lost). */
    public record OfflineSpend(UUID tenderId, String cardNo, long amountMinor, Instant spentAt) {
    }

    /** Money onto a card, paid at the till with {@code paidWith} (a tender type's code). */
    public record TopUpRequest(UUID topUpId, String cardNo, long amountMinor, String paidWith) {
    }

    public record TopUpAnswer(UUID topUpId, String cardNo, long amountMinor, long bonusMinor, long balanceMinor) {
    }

    /** The card after a movement: its balance, what is free to spend and its offline allowance. */
    public record CardAnswer(String cardNo, boolean named, boolean active, long balanceMinor, long availableMinor,
            long limitMinor, long offlineAllowanceMinor) {
    }
}
