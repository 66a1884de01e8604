package dev.opentill.core.receipt;

import dev.opentill.core.money.Money;
import dev.opentill.core.tax.TaxLine;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A receipt as structure, not text: printers and screens render it. Amounts are negative on a
 * refund. {@code code} is what the receipt's barcode or QR carries so a return can scan it.
 * {@code savings} summarises the promotions the sale took (empty: none). {@code invoiceUrl}, when
 * not null, is the signed electronic-invoice link ({@link InvoiceLink}) its second QR carries.
 * {@code orderNumber}, when not null, is the daily number called out for a made-to-order sale.
 */
public record Receipt(
        Kind kind,
        boolean reprint,
        Locale locale,
        StoreHeader store,
        String terminalCode,
        String receiptNumber,
        ZonedDateTime time,
        String cashierName,
        List<Line> lines,
        Money subtotal,
        Money discounts,
        Money total,
        List<TaxLine> taxes,
        List<Payment> payments,
        Money cashRounding,
        Money change,
        String memberCard,
        List<String> footer,
        String code,
        String originalReceiptNumber,
        List<Saving> savings,
        String invoiceUrl,
        Integer orderNumber) {

    /** A receipt without a daily order number (nothing on it is made to order). */
    public Receipt(Kind kind, boolean reprint, Locale locale, StoreHeader store, String terminalCode,
            String receiptNumber, ZonedDateTime time, String cashierName, List<Line> lines, Money subtotal,
            Money discounts, Money total, List<TaxLine> taxes, List<Payment> payments, Money cashRounding,
            Money change, String memberCard, List<String> footer, String code, String originalReceiptNumber,
            List<Saving> savings, String invoiceUrl) {
        this(kind, reprint, locale, store, terminalCode, receiptNumber, time, cashierName, lines, subtotal, discounts,
                total, taxes, payments, cashRounding, change, memberCard, footer, code, originalReceiptNumber, savings,
                invoiceUrl, null);
    }

    /** A receipt with a promotion summary and without an electronic-invoice QR. */
    public Receipt(Kind kind, boolean reprint, Locale locale, StoreHeader store, String terminalCode,
            String receiptNumber, ZonedDateTime time, String cashierName, List<Line> lines, Money subtotal,
            Money discounts, Money total, List<TaxLine> taxes, List<Payment> payments, Money cashRounding,
            Money change, String memberCard, List<String> footer, String code, String originalReceiptNumber,
            List<Saving> savings) {
        this(kind, reprint, locale, store, terminalCode, receiptNumber, time, cashierName, lines, subtotal, discounts,
                total, taxes, payments, cashRounding, change, memberCard, footer, code, originalReceiptNumber, savings,
                null);
    }

    public Receipt {
        savings = savings == null ? List.of() : List.copyOf(savings);
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        payments = List.copyOf(payments);
        footer = List.copyOf(footer);
    }

    /** A receipt without a promotion summary. */
    public Receipt(Kind kind, boolean reprint, Locale locale, StoreHeader store, String terminalCode,
            String receiptNumber, ZonedDateTime time, String cashierName, List<Line> lines, Money subtotal,
            Money discounts, Money total, List<TaxLine> taxes, List<Payment> payments, Money cashRounding,
            Money change, String memberCard, List<String> footer, String code, String originalReceiptNumber) {
        this(kind, reprint, locale, store, terminalCode, receiptNumber, time, cashierName, lines, subtotal, discounts,
                total, taxes, payments, cashRounding, change, memberCard, footer, code, originalReceiptNumber,
                List.of());
    }

    /** One promotion the sale took, by name, and what it saved the customer in total (positive). */
    public record Saving(String promotion, Money amount) {
    }

    /** What the promotions saved in total, or null when none applied. */
    public Money totalSaving() {
        Money sum = null;
        for (Saving s : savings) {
            sum = sum == null ? s.amount() : sum.plus(s.amount());
        }
        return sum;
    }

    public enum Kind {
        SALE,
        RETURN
    }

    /**
     * The store's header block. {@code logoPng} may be null, an image (PNG, JPEG, GIF, BMP), or the
     * bytes of a logo the printer already prepared for its model (peripherals' {@code RasterLogo.toBytes()}).
     */
    public record StoreHeader(String name, String address, String phone, String taxId, byte[] logoPng) {
    }

    /**
     * One sold or refunded item. {@code quantityMilli} is in thousandths; {@code weighed} lines show
     * kilograms. {@code amount} is after the line's own discount. {@code promotion}: the name of the
     * promotion the discount came from, null for a discount by hand. {@code options}: a made-to-order
     * line's options in one line ("Large / No sugar / Pearls x2"), null for goods sold as they are.
     */
    public record Line(String name, String sku, long quantityMilli, boolean weighed, Money unitPrice, Money discount,
            Money amount, boolean priceOverridden, String promotion, String options) {

        public Line(String name, String sku, long quantityMilli, boolean weighed, Money unitPrice, Money discount,
                Money amount, boolean priceOverridden, String promotion) {
            this(name, sku, quantityMilli, weighed, unitPrice, discount, amount, priceOverridden, promotion, null);
        }

        public Line(String name, String sku, long quantityMilli, boolean weighed, Money unitPrice, Money discount,
                Money amount, boolean priceOverridden) {
            this(name, sku, quantityMilli, weighed, unitPrice, discount, amount, priceOverridden, null);
        }
    }

    /** One tender: type name as in {@code TenderType}, amount, and masked reference. */
    public record Payment(String type, Money amount, String reference) {
    }
}
