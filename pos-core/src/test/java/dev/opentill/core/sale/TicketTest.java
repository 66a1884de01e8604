package dev.opentill.core.sale;

import static dev.opentill.core.sale.SaleFixtures.card;
import static dev.opentill.core.sale.SaleFixtures.counted;
import static dev.opentill.core.sale.SaleFixtures.emptyTicket;
import static dev.opentill.core.sale.SaleFixtures.last;
import static dev.opentill.core.sale.SaleFixtures.weighed;
import static dev.opentill.core.sale.SaleFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import dev.opentill.core.tax.TaxPolicy;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import java.util.Currency;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TicketTest {
    private static final TicketLimits LIMITS = TicketLimits.DEFAULT;
    private static final Currency USD = Currency.getInstance("USD");

    private final Product cola = counted("COLA", "3.50", 1300);
    private final Product apples = weighed("APPLE", "9.99", 900);
    private final TicketPricer pricer = new TicketPricer(TaxPolicy.chinaDefault());

    private static void assertRefused(ThrowingCallable action, SaleError error) {
        assertThatThrownBy(action).isInstanceOf(SaleException.class)
                .satisfies(e -> assertThat(((SaleException) e).error()).isEqualTo(error));
    }

    @Test
    void addingAProductLeavesTheOriginalTicketUnchanged() {
        Ticket empty = emptyTicket();
        Ticket one = empty.add(cola, 2000, LIMITS);
        assertThat(empty.lines()).isEmpty();
        assertThat(one.lines()).hasSize(1);
        assertThat(last(one).grossAmount()).isEqualTo(yuan("7.00"));
    }

    @Test
    void weighedGoodsTakeGrams() {
        Ticket t = emptyTicket().add(apples, 455, LIMITS);
        // 9.99 per kg * 0.455 kg = 4.54545 -> 4.55
        assertThat(last(t).grossAmount()).isEqualTo(yuan("4.55"));
    }

    @Test
    void refusesAZeroQuantity() {
        assertRefused(() -> emptyTicket().add(cola, 0, LIMITS), SaleError.QUANTITY_NOT_POSITIVE);
    }

    @Test
    void refusesANegativeQuantity() {
        assertRefused(() -> emptyTicket().add(cola, -1000, LIMITS), SaleError.QUANTITY_NOT_POSITIVE);
    }

    @Test
    void refusesAnAbsurdQuantity() {
        assertRefused(() -> emptyTicket().add(cola, LIMITS.maxQuantityMilli() + 1000, LIMITS),
                SaleError.QUANTITY_TOO_LARGE);
        assertRefused(() -> emptyTicket().add(apples, Long.MAX_VALUE, LIMITS), SaleError.QUANTITY_TOO_LARGE);
    }

    @Test
    void refusesAFractionalQuantityOfACountedItem() {
        assertRefused(() -> emptyTicket().add(cola, 1500, LIMITS), SaleError.FRACTIONAL_QUANTITY);
    }

    @Test
    void changingQuantityAppliesTheSameChecks() {
        Ticket t = emptyTicket().add(cola, 1000, LIMITS);
        UUID line = last(t).id();
        assertRefused(() -> t.changeQuantity(line, 0, LIMITS), SaleError.QUANTITY_NOT_POSITIVE);
        assertRefused(() -> t.changeQuantity(line, -2000, LIMITS), SaleError.QUANTITY_NOT_POSITIVE);
        assertRefused(() -> t.changeQuantity(line, 2500, LIMITS), SaleError.FRACTIONAL_QUANTITY);
        assertRefused(() -> t.changeQuantity(line, 100_000_000, LIMITS), SaleError.QUANTITY_TOO_LARGE);
        assertThat(last(t.changeQuantity(line, 3000, LIMITS)).grossAmount()).isEqualTo(yuan("10.50"));
    }

    @Test
    void refusesANegativePriceOverride() {
        Ticket t = emptyTicket().add(cola, 1000, LIMITS);
        assertRefused(() -> t.overridePrice(last(t).id(), yuan("-1.00"), LIMITS), SaleError.PRICE_NEGATIVE);
    }

    @Test
    void refusesAnAbsurdPriceOverride() {
        Ticket t = emptyTicket().add(cola, 1000, LIMITS);
        Money absurd = Money.ofMinor(LIMITS.maxPriceMinor() + 1, Money.CNY);
        assertRefused(() -> t.overridePrice(last(t).id(), absurd, LIMITS), SaleError.PRICE_TOO_LARGE);
    }

    @Test
    void refusesAnAbsurdAmountFromAScaleLabel() {
        Money absurd = Money.ofMinor(LIMITS.maxPriceMinor() + 1, Money.CNY);
        assertRefused(() -> emptyTicket().addWithAmount(apples, absurd, LIMITS), SaleError.PRICE_TOO_LARGE);
        assertRefused(() -> emptyTicket().addWithAmount(apples, yuan("-0.01"), LIMITS), SaleError.PRICE_NEGATIVE);
    }

    @Test
    void aPriceOverrideChargesTheLineAtTheNewPrice() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS);
        Ticket cheaper = t.overridePrice(last(t).id(), yuan("3.00"), LIMITS);
        assertThat(last(cheaper).grossAmount()).isEqualTo(yuan("6.00"));
        assertThat(last(cheaper).unitPrice()).isEqualTo(yuan("3.50"));
    }

    @Test
    void refusesALineDiscountLargerThanTheLine() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS);
        assertRefused(() -> t.discountLine(last(t).id(), yuan("7.01")), SaleError.DISCOUNT_EXCEEDS_AMOUNT);
        assertThat(last(t.discountLine(last(t).id(), yuan("7.00"))).netAmount()).isEqualTo(yuan("0.00"));
    }

    @Test
    void refusesANegativeDiscount() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS);
        assertRefused(() -> t.discountLine(last(t).id(), yuan("-1.00")), SaleError.DISCOUNT_NEGATIVE);
        assertRefused(() -> t.discountTicket(yuan("-1.00")), SaleError.DISCOUNT_NEGATIVE);
    }

    @Test
    void refusesATicketDiscountLargerThanTheTicket() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS);
        assertRefused(() -> t.discountTicket(yuan("7.01")), SaleError.DISCOUNT_EXCEEDS_AMOUNT);
    }

    @Test
    void refusesAPriceOverrideBelowTheLineDiscount() {
        Ticket t = emptyTicket().add(cola, 1000, LIMITS);
        Ticket discounted = t.discountLine(last(t).id(), yuan("3.00"));
        assertRefused(() -> discounted.overridePrice(last(t).id(), yuan("2.00"), LIMITS),
                SaleError.DISCOUNT_EXCEEDS_AMOUNT);
    }

    @Test
    void refusesReducingTheQuantityBelowTheLineDiscount() {
        Ticket t = emptyTicket().add(cola, 3000, LIMITS);
        Ticket discounted = t.discountLine(last(t).id(), yuan("8.00"));
        assertRefused(() -> discounted.changeQuantity(last(t).id(), 1000, LIMITS), SaleError.DISCOUNT_EXCEEDS_AMOUNT);
    }

    @Test
    void refusesALineChangeThatLeavesLessThanTheTicketDiscount() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS).discountTicket(yuan("5.00"));
        UUID line = last(t).id();
        assertRefused(() -> t.changeQuantity(line, 1000, LIMITS), SaleError.DISCOUNT_EXCEEDS_AMOUNT);
        assertRefused(() -> t.overridePrice(line, yuan("2.00"), LIMITS), SaleError.DISCOUNT_EXCEEDS_AMOUNT);
        assertRefused(() -> t.discountLine(line, yuan("3.00")), SaleError.DISCOUNT_EXCEEDS_AMOUNT);
    }

    @Test
    void voidingALineDropsATicketDiscountThatNoLongerFits() {
        Ticket t = emptyTicket().add(cola, 1000, LIMITS).add(cola, 1000, LIMITS);
        Ticket discounted = t.discountTicket(yuan("5.00"));
        Ticket voided = discounted.voidLine(last(t).id());
        assertThat(voided.ticketDiscount()).isEqualTo(yuan("0.00"));
        assertThat(pricer.totals(voided).total()).isEqualTo(yuan("3.50"));
    }

    @Test
    void aVoidedLineCannotBeChanged() {
        Ticket t = emptyTicket().add(cola, 1000, LIMITS);
        Ticket voided = t.voidLine(last(t).id());
        assertRefused(() -> voided.changeQuantity(last(t).id(), 2000, LIMITS), SaleError.LINE_VOIDED);
        assertRefused(() -> voided.voidLine(last(t).id()), SaleError.LINE_VOIDED);
        assertThat(voided.isEmpty()).isTrue();
    }

    @Test
    void refusesAnUnknownLine() {
        Ticket t = emptyTicket().add(cola, 1000, LIMITS);
        assertRefused(() -> t.changeQuantity(UUID.randomUUID(), 2000, LIMITS), SaleError.NO_SUCH_LINE);
    }

    @Test
    void refusesChangesOnceATenderIsTaken() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS);
        UUID line = last(t).id();
        Ticket paying = t.withTender(card("5.00"), pricer);
        assertRefused(() -> paying.add(cola, 1000, LIMITS), SaleError.TICKET_HAS_TENDERS);
        assertRefused(() -> paying.changeQuantity(line, 1000, LIMITS), SaleError.TICKET_HAS_TENDERS);
        assertRefused(() -> paying.voidLine(line), SaleError.TICKET_HAS_TENDERS);
        assertRefused(() -> paying.discountLine(line, yuan("1.00")), SaleError.TICKET_HAS_TENDERS);
        assertRefused(() -> paying.discountTicket(yuan("1.00")), SaleError.TICKET_HAS_TENDERS);
        assertRefused(() -> paying.overridePrice(line, yuan("1.00"), LIMITS), SaleError.TICKET_HAS_TENDERS);
    }

    @Test
    void removingTendersAllowsChangesAgain() {
        Ticket paying = emptyTicket().add(cola, 2000, LIMITS).withTender(card("5.00"), pricer);
        assertThat(paying.withoutTenders().add(cola, 1000, LIMITS).lines()).hasSize(2);
    }

    @Test
    void refusesAProductPricedInAnotherCurrency() {
        Product dollars = new Product(UUID.randomUUID(), "USD1", "x", "x", "C", "T", 0, Money.ofMinor(100, USD),
                false, null);
        assertRefused(() -> emptyTicket().add(dollars, 1000, LIMITS), SaleError.CURRENCY_MISMATCH);
    }

    @Test
    void refusesAmountsInAnotherCurrency() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS);
        Money dollar = Money.ofMinor(100, USD);
        assertRefused(() -> t.overridePrice(last(t).id(), dollar, LIMITS), SaleError.CURRENCY_MISMATCH);
        assertRefused(() -> t.discountLine(last(t).id(), dollar), SaleError.CURRENCY_MISMATCH);
        assertRefused(() -> t.discountTicket(dollar), SaleError.CURRENCY_MISMATCH);
        assertRefused(() -> t.addWithAmount(apples, dollar, LIMITS), SaleError.CURRENCY_MISMATCH);
        Tender dollarCash = new Tender(UUID.randomUUID(), TenderType.CASH, dollar, null);
        assertRefused(() -> t.withTender(dollarCash, pricer), SaleError.CURRENCY_MISMATCH);
    }

    @Test
    void aSaleTicketTakesNoRefundLinesAndAReturnTicketNoSaleLines() {
        Ticket returnTicket = Ticket.openReturn(Money.CNY, SaleFixtures.NOW, UUID.randomUUID());
        assertRefused(() -> returnTicket.add(cola, 1000, LIMITS), SaleError.RETURN_WRONG_TICKET);
        Ticket sale = emptyTicket().add(cola, 1000, LIMITS);
        assertRefused(() -> sale.addReturnLine(last(sale), 1000, yuan("3.50"),
                new ReturnRef(UUID.randomUUID(), last(sale).id())), SaleError.RETURN_WRONG_TICKET);
    }
}
