package dev.opentill.app.production;

import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.callnumber.OrderNumberBlock;

/**
 * The number called out for a completed order: {@link #DAILY}, the sale's daily order number (the
 * one on its receipt and cup labels), or the receipt number's last three digits for a sale that has
 * none (no made-to-order line).
 */
@FunctionalInterface
public interface OrderNumbers {
    /** The receipt number's last three digits, e.g. {@code T1-000042} calls "042". */
    OrderNumbers RECEIPT_TAIL = sale -> tail(sale.receiptNo());

    /** The daily order number as printed ("007"), else the receipt number's last three digits. */
    OrderNumbers DAILY = sale -> sale.orderNumber() == null
            ? tail(sale.receiptNo())
            : OrderNumberBlock.text(sale.orderNumber());

    String callNumber(SaleEvent sale);

    static String tail(String receiptNo) {
        String digits = receiptNo.replaceAll("[^0-9]", "");
        String padded = "000" + digits;
        return padded.substring(padded.length() - 3);
    }
}
