package dev.opentill.central.ingest;

import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.tender.TenderType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Checks on a pushed sale, made before anything touches the database: every refusal the
 * database could make (a missing value, a text too long for its column, a NUL character, a key
 * used twice in the sale) and every way a sale can be nonsense (quantities and amounts out of
 * range, lines or payments that do not add up to the total, an unknown tender, a date far off).
 * A refused sale is set aside by itself; see {@link SaleIngest}.
 */
final class SaleEventCheck {
    /** Largest quantity on one line or one stock entry: a million pieces or kilograms. */
    static final long MAX_QUANTITY_MILLI = 1_000_000_000L;
    /** Largest amount anywhere in a sale: a billion in major units (10^11 minor units). */
    static final long MAX_AMOUNT_MINOR = 100_000_000_000L;
    /** Largest points movement one sale can make. */
    static final long MAX_POINTS = 1_000_000_000L;
    /** Largest cash rounding: cash is rounded to at most a few major units. */
    static final long MAX_CASH_ROUNDING_MINOR = 1_000L;
    /** Most lines, payments or entries of each kind in one sale. */
    static final int MAX_ITEMS = 2_000;
    /** Options chosen on one made-to-order line. */
    static final int MAX_OPTIONS = 50;
    /** Sales dated before this are refused as a broken clock. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead of the centre's clock a till's clock may be. */
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    private SaleEventCheck() {
    }

    /** The first problem found, or null if the sale can be stored. */
    static String problem(SaleEvent s, UUID envelopeId, Instant now) {
        if (s == null) {
            return "payload is missing";
        }
        if (!envelopeId.equals(s.eventId())) {
            return "payload eventId differs from the envelope's";
        }
        if (s.saleId() == null || s.storeCode() == null || s.terminalCode() == null || s.receiptNo() == null
                || s.kind() == null || s.completedAt() == null || s.currency() == null) {
            return "saleId, storeCode, terminalCode, receiptNo, kind, completedAt and currency are required";
        }
        String p = firstOf(text("receiptNo", s.receiptNo(), 60), text("memberCard", s.memberCard(), 32),
                currency(s.currency()), dates(s, now), s.orderNumber() != null && (s.orderNumber() < 0
                        || s.orderNumber() > 999) ? "orderNumber is 0 to 999" : null);
        if (p != null) {
            return p;
        }
        if (s.lines() == null || s.payments() == null || s.stock() == null || s.points() == null) {
            return "lines, payments, stock and points must be arrays";
        }
        if (s.lines().size() > MAX_ITEMS || s.payments().size() > MAX_ITEMS || s.stock().size() > MAX_ITEMS
                || s.points().size() > MAX_ITEMS || s.coupons().size() > MAX_ITEMS) {
            return "a sale has at most " + MAX_ITEMS + " lines, payments, coupons and entries of each kind";
        }
        p = firstOf(amounts(s), lines(s), payments(s), coupons(s), entries(s));
        return p != null ? p : arithmetic(s);
    }

    private static String dates(SaleEvent s, Instant now) {
        Instant latest = now.plus(MAX_AHEAD);
        if (s.completedAt().isBefore(EARLIEST) || s.completedAt().isAfter(latest)) {
            return "completedAt " + s.completedAt() + " is not a plausible time (from " + EARLIEST + " to a day ahead)";
        }
        if (s.openedAt() != null && (s.openedAt().isBefore(EARLIEST) || s.openedAt().isAfter(s.completedAt()))) {
            return "openedAt must be after " + EARLIEST + " and not after completedAt";
        }
        return null;
    }

    private static String amounts(SaleEvent s) {
        return firstOf(amount("subtotalMinor", s.subtotalMinor()), amount("discountMinor", s.discountMinor()),
                amount("taxMinor", s.taxMinor()), amount("totalMinor", s.totalMinor()),
                amount("changeMinor", s.changeMinor()),
                Math.abs(s.cashRoundingMinor()) > MAX_CASH_ROUNDING_MINOR
                        ? "cashRoundingMinor is beyond " + MAX_CASH_ROUNDING_MINOR
                        : null,
                s.kind() == SaleKind.SALE && (s.totalMinor() < 0 || s.changeMinor() < 0)
                        ? "a sale's total and change cannot be negative"
                        : null,
                s.kind() == SaleKind.RETURN && s.totalMinor() > 0 ? "a return's total cannot be positive" : null);
    }

    private static String lines(SaleEvent s) {
        Set<Integer> numbers = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (SaleEvent.Line l : s.lines()) {
            if (l == null || l.lineId() == null || l.sku() == null) {
                return "every line needs a lineId and a sku";
            }
            String where = "line " + l.lineNo() + ": ";
            if (l.lineNo() < 1 || !numbers.add(l.lineNo()) || !ids.add(l.lineId())) {
                return where + "line numbers must be positive and, like line ids, unique in the sale";
            }
            long q = l.quantityMilli();
            String p = firstOf(text("sku", l.sku(), 64),
                    q == 0 || Math.abs(q) > MAX_QUANTITY_MILLI
                            ? "quantityMilli must be non-zero and at most "
                                    + MAX_QUANTITY_MILLI + " in size"
                            : null,
                    s.kind() == SaleKind.SALE && q < 0 ? "a sale's quantities are positive" : null,
                    s.kind() == SaleKind.RETURN && q > 0 ? "a return's quantities are negative" : null,
                    l.unitPriceMinor() < 0 || l.unitPriceMinor() > MAX_AMOUNT_MINOR
                            ? "unitPriceMinor out of range"
                            : null,
                    l.overridePriceMinor() != null && (l.overridePriceMinor() < 0
                            || l.overridePriceMinor() > MAX_AMOUNT_MINOR) ? "overridePriceMinor out of range" : null,
                    amount("discountMinor", l.discountMinor()), amount("paidMinor", l.paidMinor()),
                    l.voided() && l.paidMinor() != 0 ? "a voided line pays nothing" : null,
                    l.paidMinor() != 0 && Long.signum(l.paidMinor()) != Long.signum(q)
                            ? "paidMinor and quantityMilli must have the same sign"
                            : null,
                    l.taxRateBp() < 0 || l.taxRateBp() > 10_000 ? "taxRateBp is 0 to 10000" : null,
                    options(l.options()));
            if (p != null) {
                return where + p;
            }
        }
        return null;
    }

    /** A made-to-order line's make-up: a few options with short texts and amounts in range. */
    private static String options(SaleEvent.Options o) {
        if (o == null) {
            return null;
        }
        if (o.chosen() == null || o.chosen().size() > MAX_OPTIONS) {
            return "options.chosen is a list of at most " + MAX_OPTIONS;
        }
        String p = firstOf(amount("options.basePriceMinor", o.basePriceMinor()), text("comboCode", o.comboCode(), 40),
                text("comboSlot", o.comboSlot(), 40));
        for (SaleEvent.Choice c : o.chosen()) {
            if (p != null) {
                return p;
            }
            p = c == null || c.groupCode() == null || c.optionCode() == null
                    ? "an option names its group and code"
                    : firstOf(text("groupCode", c.groupCode(), 40), text("optionCode", c.optionCode(), 40),
                            text("option nameZh", c.nameZh(), 100), text("option nameEn", c.nameEn(), 100),
                            text("stockSku", c.stockSku(), 64), amount("unitDeltaMinor", c.unitDeltaMinor()),
                            c.count() < 1 || c.count() > MAX_OPTIONS
                                    ? "an option's count is 1 to " + MAX_OPTIONS
                                    : null);
        }
        return p;
    }

    private static String payments(SaleEvent s) {
        for (SaleEvent.Payment pay : s.payments()) {
            if (pay == null || pay.type() == null) {
                return "every payment needs a type";
            }
            if (!isTender(pay.type())) {
                return "unknown tender type " + cutText(pay.type());
            }
            String p = firstOf(amount("payment amountMinor", pay.amountMinor()),
                    text("payment reference", pay.reference(),
                            TenderType.PREPAID.name().equals(pay.type()) ? 40 : 100));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String coupons(SaleEvent s) {
        for (SaleEvent.CouponUse c : s.coupons()) {
            if (c == null || c.couponId() == null || c.code() == null) {
                return "every coupon needs a couponId and a code";
            }
            String p = firstOf(text("coupon code", c.code(), 40),
                    c.amountMinor() < 0 || c.amountMinor() > MAX_AMOUNT_MINOR
                            ? "a coupon's amount is 0 to " + MAX_AMOUNT_MINOR
                            : null);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String entries(SaleEvent s) {
        Set<UUID> ids = new HashSet<>();
        for (SaleEvent.StockEntry e : s.stock()) {
            if (e == null || e.entryId() == null || e.productId() == null || e.reason() == null) {
                return "every stock entry needs an entryId, productId and reason";
            }
            String p = firstOf(ids.add(e.entryId()) ? null : "stock entry " + e.entryId() + " appears twice",
                    text("stock reason", e.reason(), 20), Math.abs(e.deltaMilli()) > MAX_QUANTITY_MILLI
                            ? "stock entry " + e.entryId() + ": deltaMilli is beyond " + MAX_QUANTITY_MILLI
                            : null);
            if (p != null) {
                return p;
            }
        }
        for (SaleEvent.PointsEntry e : s.points()) {
            if (e == null || e.entryId() == null || e.memberCard() == null || e.reason() == null) {
                return "every points entry needs an entryId, memberCard and reason";
            }
            String p = firstOf(ids.add(e.entryId()) ? null : "points entry " + e.entryId() + " appears twice",
                    text("points memberCard", e.memberCard(), 32), text("points reason", e.reason(), 20),
                    Math.abs(e.delta()) > MAX_POINTS
                            ? "points entry " + e.entryId() + ": delta is beyond " + MAX_POINTS
                            : null);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * The sale adds up: its lines' paid amounts make the total (plus tax when prices exclude it),
     * and the payments less change make the total after cash rounding.
     */
    private static String arithmetic(SaleEvent s) {
        long lines = 0;
        for (SaleEvent.Line l : s.lines()) {
            lines += l.paidMinor();
        }
        if (lines != s.totalMinor() && lines + s.taxMinor() != s.totalMinor()) {
            return "the lines' paid amounts add up to " + lines + ", not to the total " + s.totalMinor();
        }
        long paid = 0;
        for (SaleEvent.Payment p : s.payments()) {
            paid += p.amountMinor();
        }
        if (paid - s.changeMinor() != s.totalMinor() + s.cashRoundingMinor()) {
            return "payments " + paid + " less change " + s.changeMinor() + " do not settle the total " + s.totalMinor()
                    + " with cash rounding " + s.cashRoundingMinor();
        }
        return null;
    }

    private static boolean isTender(String type) {
        for (TenderType t : TenderType.values()) {
            if (t.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static String amount(String name, long value) {
        return Math.abs(value) > MAX_AMOUNT_MINOR ? name + " is beyond " + MAX_AMOUNT_MINOR : null;
    }

    /** A text the database would refuse: too long for its column, or holding a control character such as NUL. */
    private static String text(String name, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            return name + " is longer than " + max + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return name + " holds a control character";
            }
        }
        return null;
    }

    private static String currency(String code) {
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return "currency must be a 3-letter ISO code";
        }
        return null;
    }

    private static String cutText(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    private static String firstOf(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
