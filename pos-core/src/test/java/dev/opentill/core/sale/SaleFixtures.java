package dev.opentill.core.sale;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import java.time.Instant;
import java.util.UUID;

/** Products, tickets and tenders for sale tests, in CNY. */
public final class SaleFixtures {
    public static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    private SaleFixtures() {
    }

    public static Money fen(long minor) {
        return Money.ofMinor(minor, Money.CNY);
    }

    public static Money yuan(String amount) {
        return Money.parse(amount, Money.CNY);
    }

    public static Product counted(String sku, String price, int rateBasisPoints) {
        return new Product(UUID.randomUUID(), sku, sku, sku, "GROCERY", "VAT" + rateBasisPoints, rateBasisPoints,
                yuan(price), false, null);
    }

    /** A product sold by weight; {@code pricePerKg} in yuan. */
    public static Product weighed(String sku, String pricePerKg, int rateBasisPoints) {
        return new Product(UUID.randomUUID(), sku, sku, sku, "FRESH", "VAT" + rateBasisPoints, rateBasisPoints,
                yuan(pricePerKg), true, "00012");
    }

    public static Ticket emptyTicket() {
        return Ticket.open(Money.CNY, NOW);
    }

    public static Tender cash(String amount) {
        return new Tender(UUID.randomUUID(), TenderType.CASH, yuan(amount), null);
    }

    public static Tender card(String amount) {
        return new Tender(UUID.randomUUID(), TenderType.CARD, yuan(amount), "AUTH-1");
    }

    public static Tender mobile(String amount) {
        return new Tender(UUID.randomUUID(), TenderType.MOBILE, yuan(amount), "WX-1");
    }

    public static TicketLine last(Ticket ticket) {
        return ticket.lines().get(ticket.lines().size() - 1);
    }
}
