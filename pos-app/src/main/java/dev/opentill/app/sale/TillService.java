package dev.opentill.app.sale;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.sale.Settlement;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketTotals;
import dev.opentill.core.tender.TenderType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The till's sale workflow as application services see it. Every method that changes the open
 * ticket saves it before returning, so a crash brings the same ticket back. Methods block on the
 * local store and must be called off the FX thread. Refusals are {@code SaleException}s.
 */
public interface TillService {

    /** Makes {@code cashier} the person selling; every action is attributed to them. */
    void signIn(dev.opentill.app.security.Cashier cashier);

    void signOut();

    /** The signed-in cashier, if any. */
    Optional<dev.opentill.app.security.Cashier> cashier();

    /** The open ticket (restored after a restart), never null. */
    Ticket current();

    TicketTotals totals();

    Settlement settlement();

    /** Looks up a scanned or typed code (barcode, scale label, SKU) and adds one unit or the label's measure. */
    Ticket scan(String code);

    /** Adds a product by id, e.g. from a quick key or search; weighed goods need a quantity in grams. */
    Ticket addProduct(UUID productId, long quantityMilli);

    Ticket changeQuantity(UUID lineId, long quantityMilli);

    /** Voids a line; needs the void permission of the cashier or of {@code approver}. */
    Ticket voidLine(UUID lineId, Approval approver);

    Ticket overridePrice(UUID lineId, Money price, Approval approver);

    Ticket discountLine(UUID lineId, Money discount, Approval approver);

    Ticket discountTicket(Money discount, Approval approver);

    Ticket attachMember(String cardOrPhone);

    /**
     * What the store knows of a member: name, tier and points (the centre's last balance plus this
     * till's sales it has not counted yet).
     */
    Optional<MemberInfo> member(String cardNo);

    /** A member as the till shows them. */
    record MemberInfo(String cardNo, String name, String tier, long points) {
    }

    /**
     * Adds a payment. Amounts are positive; on a return ticket they are refunds and are
     * recorded negative.
     */
    Ticket addTender(TenderType type, Money amount, String reference);

    Ticket removeTenders();

    /** The cash amount that settles the rest now, after cash rounding. */
    Money cashDue();

    /**
     * Completes the paid ticket in one durable transaction and opens a fresh ticket. The result
     * carries the receipt to print; printing happens after and never undoes the sale.
     */
    CompletedSale complete();

    /** Abandons the open ticket (audited) and opens a fresh one. */
    Ticket cancel(Approval approver);

    /** Opens a shift with a counted float (a manager's count); refused while one is open. */
    dev.opentill.app.shift.ShiftReport openShift(Money openingFloat, Approval approver);

    /** The X report of the open shift: what it sold and took so far, read only (audited). */
    dev.opentill.app.shift.ShiftReport xReport();

    /**
     * Closes the open shift with the cash counted in the drawer (a manager's action) and returns
     * its Z report; refused while a ticket is open. The next sale opens a new shift.
     */
    dev.opentill.app.shift.ShiftReport closeShift(Money countedCash, Approval approver);

    Optional<Product> priceCheck(String code);

    /** Products whose name, SKU, barcode or pinyin initials (e.g. "kf" for 咖啡) match. */
    List<Product> search(String query, int limit);

    /** Parks the open ticket under a label and opens a fresh one. */
    Ticket park(String label);

    List<ParkedTicket> parked();

    /** Resumes a parked ticket; the current one must be empty. */
    Ticket resume(UUID parkedTicketId);

    /**
     * Starts a return against a completed sale found by its receipt number (typed or scanned from
     * the receipt's barcode/QR). The current ticket must be empty.
     */
    ReturnableSale startReturn(String receiptNo, Approval approver);

    /** Adds a refund of {@code quantityMilli} of an original sale line to the return ticket. */
    Ticket addReturnLine(UUID originalLineId, long quantityMilli);

    /** Opens the drawer without a sale (needs the no-sale permission of the cashier or of {@code approver}; audited). */
    void noSale(Approval approver);

    /** The quick-key grid: categories marked as quick keys, each with its products in key order. */
    List<QuickKeyPage> quickKeys();

    /** Today's completed sales and returns, newest first, for the journal. */
    List<SaleSummary> todaysSales();

    /** The receipt of a completed sale, marked as a reprint (audited). */
    Receipt reprint(UUID saleId);

    /** One tab of the quick-key grid. */
    record QuickKeyPage(String categoryCode, String nameZh, String nameEn, List<Product> products) {
    }

    /** A parked ticket in the list. */
    record ParkedTicket(UUID id, String label, java.time.Instant parkedAt, Money total, int lines) {
    }

    /** A completed sale open for return: its lines with what can still be returned. */
    record ReturnableSale(UUID saleId, String receiptNo, List<dev.opentill.core.returns.SoldLine> lines) {
    }

    /** Result of a completed sale: receipt model, whether the drawer should open, change due. */
    record CompletedSale(UUID saleId, String receiptNo, Receipt receipt, boolean openDrawer, Money change) {
    }

    /**
     * Who authorises an action: null means the logged-in cashier; otherwise a manager's login code
     * and PIN entered on the spot.
     */
    record Approval(String loginCode, String pin) {
        @Override
        public String toString() {
            return "Approval[" + loginCode + "]";
        }
    }

    /** A completed sale for the journal and returns. */
    record SaleSummary(UUID saleId, String receiptNo, java.time.Instant completedAt, Money total, String kind,
            List<String> tenderTypes) {
    }
}
