package dev.opentill.app.production;

import dev.opentill.core.sync.SaleEvent;

/**
 * The number called out for a completed order. Until the daily order number is stored with the
 * sale, {@link #RECEIPT_TAIL} gives the receipt number's last three digits; the composition root
 * binds the daily order number here once the sale carries it.
 */
@FunctionalInterface
public interface OrderNumbers {
    /** The receipt number's last three digits, e.g. {@code T1-000042} calls "042". */
    OrderNumbers RECEIPT_TAIL = sale -> tail(sale.receiptNo());

    String callNumber(SaleEvent sale);

    static String tail(String receiptNo) {
        String digits = receiptNo.replaceAll("[^0-9]", "");
        String padded = "000" + digits;
        return padded.substring(padded.length() - 3);
    }
}
