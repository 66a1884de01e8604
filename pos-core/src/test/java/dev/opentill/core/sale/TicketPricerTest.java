package dev.opentill.core.sale;

import static dev.opentill.core.sale.SaleFixtures.card;
import static dev.opentill.core.sale.SaleFixtures.cash;
import static dev.opentill.core.sale.SaleFixtures.counted;
import static dev.opentill.core.sale.SaleFixtures.emptyTicket;
import static dev.opentill.core.sale.SaleFixtures.fen;
import static dev.opentill.core.sale.SaleFixtures.last;
import static dev.opentill.core.sale.SaleFixtures.mobile;
import static dev.opentill.core.sale.SaleFixtures.weighed;
import static dev.opentill.core.sale.SaleFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.CashRounding;
import dev.opentill.core.money.Money;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.core.tax.TaxMode;
import dev.opentill.core.tax.TaxPolicy;
import dev.opentill.core.tax.TaxRounding;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TicketPricerTest {
    private static final TicketLimits LIMITS = TicketLimits.DEFAULT;
    private static final CashRounding TEN_FEN_DOWN = new CashRounding(10, RoundingMode.DOWN);

    private final Product cola = counted("COLA", "3.50", 1300);
    private final Product rice = counted("RICE", "12.80", 900);
    private final Product haircut = counted("SERVICE", "50.00", 600);
    private final Product apples = weighed("APPLE", "9.99", 900);

    private final TicketPricer pricer = new TicketPricer(TaxPolicy.chinaDefault());
    private final TicketPricer roundingPricer = new TicketPricer(
            new TaxPolicy(Money.CNY, TaxMode.INCLUSIVE, TaxRounding.PER_TOTAL, TEN_FEN_DOWN));

    private static void assertRefused(ThrowingCallable action, SaleError error) {
        assertThatThrownBy(action).isInstanceOf(SaleException.class)
                .satisfies(e -> assertThat(((SaleException) e).error()).isEqualTo(error));
    }

    /** A ticket whose total is 12.34: rice 12.80 less a 0.46 line discount. */
    private Ticket ticketOf1234() {
        Ticket t = emptyTicket().add(rice, 1000, LIMITS);
        return t.discountLine(last(t).id(), yuan("0.46"));
    }

    @Test
    void totalsAddUpTheLinesAndCountTheItems() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS).add(rice, 1000, LIMITS).add(apples, 455, LIMITS);
        TicketTotals totals = pricer.totals(t);
        // 7.00 + 12.80 + 4.55
        assertThat(totals.subtotal()).isEqualTo(yuan("24.35"));
        assertThat(totals.total()).isEqualTo(yuan("24.35"));
        assertThat(totals.discounts()).isEqualTo(yuan("0.00"));
        assertThat(totals.itemCount()).isEqualTo(4);
    }

    @Test
    void inclusiveTotalsBreakTaxDownByRate() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS).add(rice, 1000, LIMITS).add(haircut, 1000, LIMITS);
        TicketTotals totals = pricer.totals(t);
        // 13%: 700 * 13/113 = 80.53 -> 81; 9%: 1280 * 9/109 = 105.69 -> 106; 6%: 5000 * 6/106 = 283.02 -> 283
        assertThat(totals.taxLines()).containsExactly(
                new TaxLine(1300, fen(619), fen(81), fen(700)),
                new TaxLine(900, fen(1174), fen(106), fen(1280)),
                new TaxLine(600, fen(4717), fen(283), fen(5000)));
        assertThat(totals.tax()).isEqualTo(fen(470));
        assertThat(totals.total()).isEqualTo(yuan("69.80"));
    }

    @Test
    void exclusivePricingAddsTaxToTheTotal() {
        TicketPricer exclusive = new TicketPricer(
                new TaxPolicy(Money.CNY, TaxMode.EXCLUSIVE, TaxRounding.PER_TOTAL, CashRounding.NONE));
        Ticket t = emptyTicket().add(haircut, 2000, LIMITS);
        TicketTotals totals = exclusive.totals(t);
        assertThat(totals.subtotal()).isEqualTo(yuan("100.00"));
        assertThat(totals.tax()).isEqualTo(yuan("6.00"));
        assertThat(totals.total()).isEqualTo(yuan("106.00"));
    }

    @Test
    void lineDiscountsReduceTheTotalAndAreReported() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS).add(rice, 1000, LIMITS);
        Ticket discounted = t.discountLine(last(t).id(), yuan("2.80"));
        TicketTotals totals = pricer.totals(discounted);
        assertThat(totals.subtotal()).isEqualTo(yuan("19.80"));
        assertThat(totals.lineDiscounts()).isEqualTo(yuan("2.80"));
        assertThat(totals.total()).isEqualTo(yuan("17.00"));
    }

    @Test
    void theTicketDiscountIsSpreadAcrossRatesInProportion() {
        Ticket t = emptyTicket().add(counted("A", "100.00", 1300), 1000, LIMITS)
                .add(counted("B", "50.00", 900), 1000, LIMITS).discountTicket(yuan("15.00"));
        TicketTotals totals = pricer.totals(t);
        assertThat(totals.ticketDiscount()).isEqualTo(yuan("15.00"));
        assertThat(totals.total()).isEqualTo(yuan("135.00"));
        // 100:50 takes 10.00 and 5.00: 13% on 90.00 is 10.35, 9% on 45.00 is 3.72
        assertThat(totals.taxLines()).containsExactly(
                new TaxLine(1300, yuan("79.65"), yuan("10.35"), yuan("90.00")),
                new TaxLine(900, yuan("41.28"), yuan("3.72"), yuan("45.00")));
    }

    @Test
    void voidedLinesCountForNothing() {
        Ticket t = emptyTicket().add(cola, 2000, LIMITS).add(rice, 1000, LIMITS);
        Ticket voided = t.voidLine(last(t).id());
        TicketTotals totals = pricer.totals(voided);
        assertThat(totals.total()).isEqualTo(yuan("7.00"));
        assertThat(totals.itemCount()).isEqualTo(2);
        assertThat(totals.taxLines()).extracting(TaxLine::rateBasisPoints).containsExactly(1300);
    }

    @Test
    void exactCashGivesNoChange() {
        Ticket paid = ticketOf1234().withTender(cash("12.34"), pricer);
        Settlement s = pricer.settlement(paid);
        assertThat(s.isSettled()).isTrue();
        assertThat(s.change()).isEqualTo(yuan("0.00"));
    }

    @Test
    void cashOverTheTotalGivesChange() {
        Settlement s = pricer.settlement(ticketOf1234().withTender(cash("50.00"), pricer));
        assertThat(s.isSettled()).isTrue();
        assertThat(s.paid()).isEqualTo(yuan("50.00"));
        assertThat(s.change()).isEqualTo(yuan("37.66"));
    }

    @Test
    void cashRoundingToTenFenRoundsTheAmountDueDown() {
        Ticket t = ticketOf1234();
        assertThat(roundingPricer.cashDue(t)).isEqualTo(yuan("12.30"));
        Settlement s = roundingPricer.settlement(t.withTender(cash("12.30"), roundingPricer));
        assertThat(s.isSettled()).isTrue();
        assertThat(s.total()).isEqualTo(yuan("12.34"));
        assertThat(s.cashRounding()).isEqualTo(yuan("-0.04"));
        assertThat(s.change()).isEqualTo(yuan("0.00"));
    }

    @Test
    void changeIsCountedFromTheRoundedAmount() {
        Settlement s = roundingPricer.settlement(ticketOf1234().withTender(cash("20.00"), roundingPricer));
        assertThat(s.change()).isEqualTo(yuan("7.70"));
    }

    @Test
    void cardPaymentsAreNotRounded() {
        Ticket t = ticketOf1234().withTender(card("12.34"), roundingPricer);
        Settlement s = roundingPricer.settlement(t);
        assertThat(s.isSettled()).isTrue();
        assertThat(s.cashRounding()).isEqualTo(yuan("0.00"));
    }

    @Test
    void splitTenderSettlesWithCardThenRoundedCash() {
        Ticket t = ticketOf1234().withTender(card("10.00"), roundingPricer);
        assertThat(roundingPricer.settlement(t).balanceDue()).isEqualTo(yuan("2.34"));
        assertThat(roundingPricer.cashDue(t)).isEqualTo(yuan("2.30"));
        Settlement s = roundingPricer.settlement(t.withTender(cash("5.00"), roundingPricer));
        assertThat(s.isSettled()).isTrue();
        assertThat(s.paid()).isEqualTo(yuan("15.00"));
        assertThat(s.cashRounding()).isEqualTo(yuan("-0.04"));
        assertThat(s.change()).isEqualTo(yuan("2.70"));
    }

    @Test
    void aRestThatCashRoundsToNothingIsSettledWithZeroCashAndRecordedAsRounding() {
        Ticket t = ticketOf1234().withTender(card("12.31"), roundingPricer);
        assertThat(roundingPricer.cashDue(t)).isEqualTo(yuan("0.00"));
        Ticket paid = t.withTender(cash("0.00"), roundingPricer);
        Settlement s = roundingPricer.settlement(paid);
        assertThat(s.isSettled()).isTrue();
        assertThat(s.cashRounding()).isEqualTo(yuan("-0.03"));
        assertThat(s.change()).isEqualTo(yuan("0.00"));
        roundingPricer.checkComplete(paid);
    }

    @Test
    void aZeroCashTenderIsRefusedWhileCashIsStillDue() {
        Ticket t = ticketOf1234().withTender(card("12.31"), pricer);
        assertRefused(() -> t.withTender(cash("0.00"), pricer), SaleError.TENDER_NOT_POSITIVE);
    }

    @Test
    void aRefundRestThatCashRoundsToNothingIsSettledWithZeroCash() {
        Ticket part = refundOf1234().withTender(
                new Tender(UUID.randomUUID(), TenderType.CARD, yuan("-12.32"), "R1"), roundingPricer);
        Settlement s = roundingPricer.settlement(part.withTender(cash("0.00"), roundingPricer));
        assertThat(s.isSettled()).isTrue();
        assertThat(s.cashRounding()).isEqualTo(yuan("0.02"));
    }

    @Test
    void splitTenderAcrossCardAndMobileSettlesExactly() {
        Ticket t = ticketOf1234().withTender(card("4.00"), pricer).withTender(mobile("8.34"), pricer);
        Settlement s = pricer.settlement(t);
        assertThat(s.isSettled()).isTrue();
        assertThat(s.paid()).isEqualTo(yuan("12.34"));
        pricer.checkComplete(t);
    }

    @Test
    void cardTenderCannotExceedBalanceDue() {
        Ticket t = ticketOf1234();
        assertRefused(() -> t.withTender(card("12.35"), pricer), SaleError.TENDER_EXCEEDS_DUE);
        Ticket part = t.withTender(cash("10.00"), pricer);
        assertRefused(() -> part.withTender(mobile("2.35"), pricer), SaleError.TENDER_EXCEEDS_DUE);
    }

    @Test
    void refusesATenderOnceTheTicketIsPaid() {
        Ticket paid = ticketOf1234().withTender(card("12.34"), pricer);
        assertRefused(() -> paid.withTender(cash("1.00"), pricer), SaleError.TENDER_EXCEEDS_DUE);
    }

    @Test
    void refusesANegativeTenderOnASale() {
        Tender negative = new Tender(UUID.randomUUID(), TenderType.CASH, yuan("-1.00"), null);
        assertRefused(() -> ticketOf1234().withTender(negative, pricer), SaleError.TENDER_NOT_POSITIVE);
    }

    @Test
    void refusesToCompleteATicketThatIsShortOfTheTotal() {
        Ticket t = ticketOf1234().withTender(cash("12.00"), pricer);
        assertRefused(() -> pricer.checkComplete(t), SaleError.TENDER_SHORT);
        assertThat(pricer.settlement(t).balanceDue()).isEqualTo(yuan("0.34"));
    }

    @Test
    void refusesToCompleteAnEmptyTicket() {
        Ticket t = emptyTicket().add(cola, 1000, LIMITS);
        Ticket allVoided = t.voidLine(last(t).id());
        assertRefused(() -> pricer.checkComplete(emptyTicket()), SaleError.TICKET_EMPTY);
        assertRefused(() -> pricer.checkComplete(allVoided), SaleError.TICKET_EMPTY);
    }

    private Ticket refundOf1234() {
        Ticket sale = ticketOf1234();
        TicketLine sold = last(sale);
        Ticket refund = Ticket.openReturn(Money.CNY, SaleFixtures.NOW, UUID.randomUUID());
        return refund.addReturnLine(sold, 1000, yuan("12.34"), new ReturnRef(refund.originalSaleId(), sold.id()));
    }

    @Test
    void aRefundHasANegativeTotalAndTax() {
        TicketTotals totals = pricer.totals(refundOf1234());
        assertThat(totals.total()).isEqualTo(yuan("-12.34"));
        // 1234 * 9/109 = 101.88 -> 102
        assertThat(totals.tax()).isEqualTo(yuan("-1.02"));
    }

    @Test
    void aRefundSettlesWithANegativeTender() {
        Ticket t = refundOf1234().withTender(new Tender(UUID.randomUUID(), TenderType.CARD, yuan("-12.34"), "R1"),
                pricer);
        Settlement s = pricer.settlement(t);
        assertThat(s.isSettled()).isTrue();
        assertThat(s.paid()).isEqualTo(yuan("-12.34"));
        assertThat(s.change()).isEqualTo(yuan("0.00"));
        pricer.checkComplete(t);
    }

    @Test
    void aCashRefundIsRoundedLikeCashPayment() {
        Ticket t = refundOf1234();
        assertThat(roundingPricer.cashDue(t)).isEqualTo(yuan("-12.30"));
        Settlement s = roundingPricer.settlement(t.withTender(cash("-12.30"), roundingPricer));
        assertThat(s.isSettled()).isTrue();
        assertThat(s.cashRounding()).isEqualTo(yuan("0.04"));
    }

    @Test
    void aRefundCannotPayOutMoreThanIsOwed() {
        Ticket t = refundOf1234();
        assertRefused(() -> t.withTender(cash("-12.35"), pricer), SaleError.TENDER_EXCEEDS_DUE);
        assertRefused(() -> t.withTender(cash("-12.34"), roundingPricer), SaleError.TENDER_EXCEEDS_DUE);
        assertRefused(() -> t.withTender(cash("5.00"), pricer), SaleError.TENDER_NOT_POSITIVE);
    }

    @Property
    void taxLinesAddUpToTheTotalAndDiscountsAddUpToTheDifference(@ForAll("tickets") Ticket ticket,
            @ForAll TaxRounding rounding) {
        TicketPricer p = new TicketPricer(new TaxPolicy(Money.CNY, TaxMode.INCLUSIVE, rounding, CashRounding.NONE));
        TicketTotals totals = p.totals(ticket);
        Money grossOfRates = Money.zero(Money.CNY);
        for (TaxLine line : totals.taxLines()) {
            assertThat(line.net().plus(line.tax())).isEqualTo(line.gross());
            grossOfRates = grossOfRates.plus(line.gross());
        }
        assertThat(grossOfRates).isEqualTo(totals.total());
        assertThat(totals.subtotal().minus(totals.discounts())).isEqualTo(totals.total());
        assertThat(totals.total().isNegative()).isFalse();
    }

    @Property
    void cashPaymentOfTheCashDueAlwaysSettles(@ForAll("tickets") Ticket ticket, @ForAll("fenShort") long cardShort) {
        Money total = roundingPricer.totals(ticket).total();
        if (total.minor() > cardShort) {
            ticket = ticket.withTender(card(total.minus(fen(cardShort)).toPlainString()), roundingPricer);
        }
        if (!roundingPricer.settlement(ticket).isSettled()) {
            Ticket paid = ticket.withTender(
                    new Tender(UUID.randomUUID(), TenderType.CASH, roundingPricer.cashDue(ticket), null),
                    roundingPricer);
            Settlement s = roundingPricer.settlement(paid);
            assertThat(s.isSettled()).isTrue();
            assertThat(s.change()).isEqualTo(fen(0));
            assertThat(s.cashRounding().minor()).isBetween(-9L, 0L);
        }
    }

    @Provide
    Arbitrary<Long> fenShort() {
        return Arbitraries.longs().between(1, 20);
    }

    @Provide
    Arbitrary<Ticket> tickets() {
        Arbitrary<Product> products = Combinators.combine(
                Arbitraries.longs().between(1, 200_000), Arbitraries.of(1300, 900, 600, 0), Arbitraries.of(true, false))
                .as((price, rate, byWeight) -> new Product(UUID.randomUUID(), "P", "p", "p", "C", "T", rate,
                        fen(price), byWeight, null));
        Arbitrary<long[]> lineSpecs = Arbitraries.longs().between(1, 20).array(long[].class).ofSize(3);
        return Combinators.combine(products.list().ofMinSize(1).ofMaxSize(8), lineSpecs.list().ofSize(8),
                Arbitraries.integers().between(0, 100))
                .as((items, specs, ticketDiscountPercent) -> {
                    Ticket t = emptyTicket();
                    for (int i = 0; i < items.size(); i++) {
                        Product product = items.get(i);
                        long[] spec = specs.get(i);
                        long quantity = product.soldByWeight() ? spec[0] * 137 : spec[0] * 1000;
                        t = t.add(product, quantity, LIMITS);
                        Money gross = last(t).grossAmount();
                        t = t.discountLine(last(t).id(), gross.times(spec[1] - 1, 40, RoundingMode.DOWN));
                        if (spec[2] == 1) {
                            t = t.voidLine(last(t).id());
                        }
                    }
                    Money net = TicketPricer.netOfLines(t);
                    return t.discountTicket(net.times(ticketDiscountPercent, 100, RoundingMode.DOWN));
                });
    }
}
