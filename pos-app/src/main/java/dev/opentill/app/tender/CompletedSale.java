package dev.opentill.app.tender;

import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import java.util.UUID;

/** A sale just completed: the receipt to print, whether the drawer should open, the change due. */
public record CompletedSale(UUID saleId, String receiptNo, Receipt receipt, boolean openDrawer, Money change) {
}
