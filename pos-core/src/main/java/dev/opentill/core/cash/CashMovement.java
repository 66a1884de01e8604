package dev.opentill.core.cash;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Cash that moves in or out of a till other than by a sale, recorded two-sided: it leaves one
 * place and arrives at another ({@link Place}), so the till, the safe and the money paid out
 * always add up. {@code bagNo} names the sealed bag of a safe drop or pickup.
 */
public record CashMovement(UUID id, UUID shiftId, Kind kind, Money amount, Place from, Place to, String reason,
        String bagNo, UUID actorId, UUID approverId, Instant at) {
    /** Longest reason or bag number kept. */
    public static final int MAX_TEXT = 60;

    /** Where cash is: the till's drawer, the store's safe, or outside the store (a supplier, the bank). */
    public enum Place {
        TILL,
        SAFE,
        OUTSIDE
    }

    /** Why cash moved; each kind has one direction and says what it needs. */
    public enum Kind {
        /** The opening float, counted into the drawer from the safe. */
        FLOAT(Place.SAFE, Place.TILL),
        /** Cash put in for a reason (change fund from the bank, money returned). */
        PAY_IN(Place.OUTSIDE, Place.TILL),
        /** Cash taken out for a reason (petty cash, a supplier paid in cash). */
        PAY_OUT(Place.TILL, Place.OUTSIDE),
        /** Cash taken from the drawer to the safe in a numbered bag (prompted over the threshold). */
        SAFE_DROP(Place.TILL, Place.SAFE),
        /** Change picked up from the safe into the drawer in a numbered bag. */
        SAFE_PICKUP(Place.SAFE, Place.TILL);

        private final Place from;
        private final Place to;

        Kind(Place from, Place to) {
            this.from = from;
            this.to = to;
        }

        public Place from() {
            return from;
        }

        public Place to() {
            return to;
        }

        public boolean needsReason() {
            return this == PAY_IN || this == PAY_OUT;
        }

        public boolean needsBag() {
            return this == SAFE_DROP || this == SAFE_PICKUP;
        }

        /** What this kind does to the drawer's cash: +1 in, -1 out. */
        public int drawerSign() {
            return to == Place.TILL ? 1 : -1;
        }
    }

    /** The reason codes a pay in or out may carry. */
    public static final Set<String> REASONS = Set.of("PETTY_CASH", "SUPPLIER", "CHANGE_FUND", "BANK", "OTHER");

    public CashMovement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive() && kind != Kind.FLOAT) {
            throw new SaleException(SaleError.AMOUNT_NEGATIVE, kind + " needs a positive amount");
        }
        if (amount.isNegative()) {
            throw new SaleException(SaleError.AMOUNT_NEGATIVE, "A float cannot be negative");
        }
        if (from != kind.from() || to != kind.to()) {
            throw new IllegalArgumentException(kind + " moves " + kind.from() + " -> " + kind.to());
        }
        if (kind.needsReason() && (reason == null || !REASONS.contains(reason))) {
            throw new SaleException(SaleError.REASON_REQUIRED, kind + " needs a reason code", kind.name());
        }
        if (kind.needsBag() && (bagNo == null || !bagNo.trim().matches("[A-Za-z0-9-]{1," + MAX_TEXT + "}"))) {
            throw new SaleException(SaleError.BAG_NUMBER_REQUIRED, kind + " needs a bag number", kind.name());
        }
        bagNo = bagNo == null ? null : bagNo.trim();
    }

    /** A movement of {@code kind}, taking its places from the kind. */
    public static CashMovement of(UUID id, UUID shiftId, Kind kind, Money amount, String reason, String bagNo,
            UUID actorId, UUID approverId, Instant at) {
        return new CashMovement(id, shiftId, kind, amount, kind.from(), kind.to(), reason, bagNo, actorId,
                approverId, at);
    }

    /** What this movement does to the drawer: the amount, signed. */
    public Money drawerEffect() {
        return kind.drawerSign() > 0 ? amount : amount.negated();
    }
}
