package dev.opentill.core.returns;

import static dev.opentill.core.sale.SaleFixtures.counted;
import static dev.opentill.core.sale.SaleFixtures.emptyTicket;
import static dev.opentill.core.sale.SaleFixtures.fen;
import static dev.opentill.core.sale.SaleFixtures.last;
import static dev.opentill.core.sale.SaleFixtures.weighed;
import static dev.opentill.core.sale.SaleFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.SaleFixtures;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import dev.opentill.core.sale.TicketLine;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import java.math.RoundingMode;

class ReturnCalculatorTest {
    private static final UUID SALE = UUID.randomUUID();

    private static void assertRefused(ThrowingCallable action, SaleError error) {
        assertThatThrownBy(action).isInstanceOf(SaleException.class)
                .satisfies(e -> assertThat(((SaleException) e).error()).isEqualTo(error));
    }

    private static TicketLine soldLine(Product product, long quantityMilli) {
        return last(emptyTicket().add(product, quantityMilli, TicketLimits.DEFAULT));
    }

    private static Ticket returnTicket() {
        return Ticket.openReturn(Money.CNY, SaleFixtures.NOW, SALE);
    }

    /** What the return lines on {@code ticket} refund, as a positive amount. */
    private static Money refundOn(Ticket ticket) {
        Money sum = Money.zero(Money.CNY);
        for (TicketLine l : ticket.lines()) {
            sum = sum.minus(l.netAmount());
        }
        return sum;
    }

    @Test
    void refundsAtWhatTheCustomerPaidPerUnit() {
        // three at 10.00 with a 1.00 discount: 29.00 paid, so one refunds 9.67
        SoldLine sold = new SoldLine(soldLine(counted("A", "10.00", 1300), 3000), 3000, yuan("29.00"), 0, fen(0));
        Ticket t = ReturnCalculator.addReturn(returnTicket(), SALE, sold, 1000);
        assertThat(refundOn(t)).isEqualTo(yuan("9.67"));
        assertThat(last(t).quantityMilli()).isEqualTo(-1000);
        assertThat(last(t).returnOf().lineId()).isEqualTo(sold.line().id());
    }

    @Test
    void returningEverythingRefundsExactlyWhatWasPaid() {
        SoldLine sold = new SoldLine(soldLine(counted("A", "10.00", 1300), 3000), 3000, yuan("29.00"), 0, fen(0));
        Ticket t = returnTicket();
        t = ReturnCalculator.addReturn(t, SALE, sold, 1000);
        t = ReturnCalculator.addReturn(t, SALE, sold, 1000);
        t = ReturnCalculator.addReturn(t, SALE, sold, 1000);
        assertThat(refundOn(t)).isEqualTo(yuan("29.00"));
    }

    @Test
    void theLastReturnTakesWhatEarlierReturnsLeft() {
        SoldLine afterFirst = new SoldLine(soldLine(counted("A", "10.00", 1300), 3000), 3000, yuan("29.00"), 1000,
                yuan("9.67"));
        Ticket t = ReturnCalculator.addReturn(returnTicket(), SALE, afterFirst, 2000);
        assertThat(refundOn(t)).isEqualTo(yuan("19.33"));
    }

    @Test
    void refusesToReturnMoreThanWasSold() {
        SoldLine sold = new SoldLine(soldLine(counted("A", "10.00", 1300), 2000), 2000, yuan("20.00"), 0, fen(0));
        assertRefused(() -> ReturnCalculator.addReturn(returnTicket(), SALE, sold, 3000),
                SaleError.RETURN_EXCEEDS_SOLD);
    }

    @Test
    void countsWhatEarlierReturnsAndThisTicketAlreadyTookBack() {
        SoldLine sold = new SoldLine(soldLine(counted("A", "10.00", 1300), 3000), 3000, yuan("30.00"), 1000,
                yuan("10.00"));
        Ticket t = ReturnCalculator.addReturn(returnTicket(), SALE, sold, 1000);
        assertRefused(() -> ReturnCalculator.addReturn(t, SALE, sold, 2000), SaleError.RETURN_EXCEEDS_SOLD);
        assertThat(ReturnCalculator.addReturn(t, SALE, sold, 1000).lines()).hasSize(2);
    }

    @Test
    void aVoidedReturnLineGivesItsQuantityBack() {
        SoldLine sold = new SoldLine(soldLine(counted("A", "10.00", 1300), 1000), 1000, yuan("10.00"), 0, fen(0));
        Ticket t = ReturnCalculator.addReturn(returnTicket(), SALE, sold, 1000);
        Ticket voided = t.voidLine(last(t).id());
        assertThat(refundOn(ReturnCalculator.addReturn(voided, SALE, sold, 1000))).isEqualTo(yuan("10.00"));
    }

    @Test
    void refusesAReturnQuantityThatIsNotPositive() {
        SoldLine sold = new SoldLine(soldLine(counted("A", "10.00", 1300), 1000), 1000, yuan("10.00"), 0, fen(0));
        assertRefused(() -> ReturnCalculator.addReturn(returnTicket(), SALE, sold, 0), SaleError.QUANTITY_NOT_POSITIVE);
        assertRefused(() -> ReturnCalculator.addReturn(returnTicket(), SALE, sold, -1000),
                SaleError.QUANTITY_NOT_POSITIVE);
    }

    @Test
    void refusesAFractionalReturnOfACountedItem() {
        SoldLine sold = new SoldLine(soldLine(counted("A", "10.00", 1300), 2000), 2000, yuan("20.00"), 0, fen(0));
        assertRefused(() -> ReturnCalculator.addReturn(returnTicket(), SALE, sold, 500), SaleError.FRACTIONAL_QUANTITY);
    }

    @Test
    void refusesAReturnOfAnotherSaleOnThisTicket() {
        SoldLine sold = new SoldLine(soldLine(counted("A", "10.00", 1300), 1000), 1000, yuan("10.00"), 0, fen(0));
        assertRefused(() -> ReturnCalculator.addReturn(returnTicket(), UUID.randomUUID(), sold, 1000),
                SaleError.RETURN_WRONG_TICKET);
    }

    /* Seven fen for a kilogram, returned 100 g at a time: each share is 0.7 fen and must not round up to 1 every time. */
    @Test
    void manySmallReturnsNeverRefundMoreThanWasPaid() {
        SoldLine sold = new SoldLine(soldLine(weighed("W", "0.07", 0), 1000), 1000, fen(7), 0, fen(0));
        Ticket t = returnTicket();
        for (int i = 0; i < 10; i++) {
            t = ReturnCalculator.addReturn(t, SALE, sold, 100);
            assertThat(refundOn(t)).isLessThanOrEqualTo(fen(7));
            assertThat(last(t).netAmount().isPositive()).isFalse();
        }
        assertThat(refundOn(t)).isEqualTo(fen(7));
    }

    /**
     * Random sales, then random sequences of return attempts spread over several return tickets:
     * refused attempts change nothing, no refund is negative, the line is never refunded for more
     * quantity or money than was sold, and once everything is back the refund is exactly what was paid.
     */
    @Property(tries = 500)
    void aLineIsNeverRefundedForMoreThanWasSold(@ForAll("sales") SoldLine sale,
            @ForAll("returnSteps") List<ReturnStep> steps) {
        SoldLine sold = sale;
        Ticket ticket = returnTicket();
        for (ReturnStep step : steps) {
            if (step.newTicket()) {
                sold = completed(sold, ticket);
                ticket = returnTicket();
            }
            long quantity = step.quantityFor(sold);
            long pending = -ticket.lines().stream().mapToLong(TicketLine::quantityMilli).sum();
            if (quantity > sold.returnableMilli() - pending) {
                Ticket before = ticket;
                SoldLine current = sold;
                assertRefused(() -> ReturnCalculator.addReturn(before, SALE, current, quantity),
                        SaleError.RETURN_EXCEEDS_SOLD);
                continue;
            }
            ticket = ReturnCalculator.addReturn(ticket, SALE, sold, quantity);
            assertThat(last(ticket).netAmount().isPositive()).as("a refund line never charges").isFalse();
            assertThat(sold.refunded().plus(refundOn(ticket))).isLessThanOrEqualTo(sold.paid());
        }
        sold = completed(sold, ticket);
        assertThat(sold.returnedMilli()).isLessThanOrEqualTo(sold.soldMilli());
        assertThat(sold.refunded()).isLessThanOrEqualTo(sold.paid());
        if (sold.returnableMilli() > 0) {
            sold = completed(sold, ReturnCalculator.addReturn(returnTicket(), SALE, sold, sold.returnableMilli()));
        }
        assertThat(sold.refunded()).isEqualTo(sold.paid());
    }

    /** One return attempt: the smallest unit, a few units or grams, or anything up to a lot (often too much). */
    record ReturnStep(boolean newTicket, int size, long raw) {
        long quantityFor(SoldLine sold) {
            boolean byWeight = sold.line().weighed();
            return switch (size) {
                case 0 -> byWeight ? raw % 150 + 1 : 1000;
                case 1 -> byWeight ? raw % 800 + 1 : (raw % 4 + 1) * 1000;
                default -> byWeight ? raw : raw * 1000;
            };
        }
    }

    /** The sold line as the store sees it after {@code ticket} completed. */
    private static SoldLine completed(SoldLine sold, Ticket ticket) {
        long returned = -ticket.lines().stream().mapToLong(TicketLine::quantityMilli).sum();
        return new SoldLine(sold.line(), sold.soldMilli(), sold.paid(), sold.returnedMilli() + returned,
                sold.refunded().plus(refundOn(ticket)));
    }

    @Provide
    Arbitrary<SoldLine> sales() {
        Arbitrary<Long> prices = Arbitraries.oneOf(Arbitraries.longs().between(0, 30),
                Arbitraries.longs().between(0, 500_000));
        return Combinators.combine(prices, Arbitraries.of(true, false), Arbitraries.longs().between(1, 2000),
                Arbitraries.integers().between(0, 100))
                .as((price, byWeight, amount, paidPercent) -> {
                    Product p = byWeight
                            ? weighed("W", fen(price).toPlainString(), 900)
                            : counted("C", fen(price).toPlainString(), 1300);
                    long quantity = byWeight ? amount : (amount % 12 + 1) * 1000;
                    TicketLine line = soldLine(p, quantity);
                    Money paid = line.grossAmount().times(paidPercent, 100, RoundingMode.DOWN);
                    return new SoldLine(line, quantity, paid, 0, fen(0));
                });
    }

    @Provide
    Arbitrary<List<ReturnStep>> returnSteps() {
        Arbitrary<ReturnStep> step = Combinators.combine(Arbitraries.integers().between(0, 3).map(i -> i == 0),
                Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2)),
                Arbitraries.longs().between(1, 3000))
                .as(ReturnStep::new);
        return step.list().ofMaxSize(30);
    }
}
