package dev.opentill.core.tax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.money.CashRounding;
import dev.opentill.core.money.Money;
import dev.opentill.core.tax.TaxCalculator.Taxable;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxCalculatorTest {
    private static TaxCalculator calculator(TaxMode mode, TaxRounding rounding) {
        return new TaxCalculator(new TaxPolicy(Money.CNY, mode, rounding, CashRounding.NONE));
    }

    private static Money fen(long minor) {
        return Money.ofMinor(minor, Money.CNY);
    }

    @ParameterizedTest(name = "{0} bp on gross {1} holds tax {2}")
    @CsvSource({
            "1300, 11300, 1300",
            "900, 10900, 900",
            "600, 10600, 600",
            "0, 10000, 0",
            // 9.99 at 13%: 999 * 13 / 113 = 114.93 -> 115
            "1300, 999, 115",
            // 1.00 at 9%: 100 * 9 / 109 = 8.26 -> 8
            "900, 100, 8",
    })
    void extractsTaxIncludedInAGrossPrice(int rate, long gross, long tax) {
        assertThat(calculator(TaxMode.INCLUSIVE, TaxRounding.PER_TOTAL).tax(fen(gross), rate)).isEqualTo(fen(tax));
    }

    @ParameterizedTest(name = "{0} bp on net {1} adds tax {2}")
    @CsvSource({
            "1300, 10000, 1300",
            "900, 10000, 900",
            "600, 10000, 600",
            "0, 10000, 0",
            // 9.99 net at 6%: 59.94 -> 60
            "600, 999, 60",
    })
    void addsTaxToANetPrice(int rate, long net, long tax) {
        assertThat(calculator(TaxMode.EXCLUSIVE, TaxRounding.PER_TOTAL).tax(fen(net), rate)).isEqualTo(fen(tax));
    }

    @Test
    void inclusiveBreakdownSplitsEachRateIntoNetAndTax() {
        List<TaxLine> lines = calculator(TaxMode.INCLUSIVE, TaxRounding.PER_TOTAL).breakdown(List.of(
                new Taxable(1300, fen(11300)), new Taxable(900, fen(10900)), new Taxable(600, fen(10600)),
                new Taxable(0, fen(500))));
        assertThat(lines).containsExactly(
                new TaxLine(1300, fen(10000), fen(1300), fen(11300)),
                new TaxLine(900, fen(10000), fen(900), fen(10900)),
                new TaxLine(600, fen(10000), fen(600), fen(10600)),
                new TaxLine(0, fen(500), fen(0), fen(500)));
    }

    @Test
    void exclusiveBreakdownAddsTaxOnTopOfTheNet() {
        List<TaxLine> lines = calculator(TaxMode.EXCLUSIVE, TaxRounding.PER_TOTAL).breakdown(List.of(
                new Taxable(1300, fen(10000)), new Taxable(900, fen(2000))));
        assertThat(lines).containsExactly(
                new TaxLine(1300, fen(10000), fen(1300), fen(11300)),
                new TaxLine(900, fen(2000), fen(180), fen(2180)));
    }

    @Test
    void breakdownGroupsLinesOfOneRate() {
        List<TaxLine> lines = calculator(TaxMode.INCLUSIVE, TaxRounding.PER_TOTAL).breakdown(List.of(
                new Taxable(900, fen(5450)), new Taxable(1300, fen(11300)), new Taxable(900, fen(5450))));
        assertThat(lines).extracting(TaxLine::rateBasisPoints).containsExactly(1300, 900);
        assertThat(lines.get(1).gross()).isEqualTo(fen(10900));
        assertThat(lines.get(1).tax()).isEqualTo(fen(900));
    }

    /*
     * Three items at 1.00 with 13% VAT included. Each line holds 100 * 13 / 113 = 11.504 fen of tax:
     * rounded per line that is 12 + 12 + 12 = 36 fen; on the total of 3.00 it is 34.51, so 35 fen.
     */
    @Test
    void perLineRoundingCanDifferFromPerTotalRoundingByAFen() {
        List<Taxable> three = List.of(new Taxable(1300, fen(100)), new Taxable(1300, fen(100)),
                new Taxable(1300, fen(100)));
        TaxLine perLine = calculator(TaxMode.INCLUSIVE, TaxRounding.PER_LINE).breakdown(three).get(0);
        TaxLine perTotal = calculator(TaxMode.INCLUSIVE, TaxRounding.PER_TOTAL).breakdown(three).get(0);
        assertThat(perLine.tax()).isEqualTo(fen(36));
        assertThat(perTotal.tax()).isEqualTo(fen(35));
        assertThat(perLine.gross()).isEqualTo(perTotal.gross()).isEqualTo(fen(300));
        assertThat(perLine.net()).isEqualTo(fen(264));
        assertThat(perTotal.net()).isEqualTo(fen(265));
    }

    @Test
    void refundTaxIsTheMirrorOfSaleTax() {
        TaxCalculator calc = calculator(TaxMode.INCLUSIVE, TaxRounding.PER_TOTAL);
        assertThat(calc.tax(fen(-999), 1300)).isEqualTo(calc.tax(fen(999), 1300).negated());
        assertThat(calc.tax(fen(-100), 1300)).isEqualTo(fen(-12));
    }

    @Property
    void netsPlusTaxesAreTheGrossForEveryRate(
            @ForAll("taxables") List<Taxable> amounts, @ForAll TaxMode mode, @ForAll TaxRounding rounding) {
        List<TaxLine> lines = calculator(mode, rounding).breakdown(amounts);
        long amountSum = amounts.stream().mapToLong(t -> t.amount().minor()).sum();
        long side = 0;
        for (TaxLine line : lines) {
            assertThat(line.net().plus(line.tax())).isEqualTo(line.gross());
            side += mode == TaxMode.INCLUSIVE ? line.gross().minor() : line.net().minor();
        }
        assertThat(side).isEqualTo(amountSum);
        assertThat(lines).extracting(TaxLine::rateBasisPoints).doesNotHaveDuplicates();
    }

    @Property
    void perTotalTaxIsWithinHalfAFenOfTheExactTax(
            @ForAll("taxables") List<Taxable> amounts, @ForAll TaxMode mode) {
        for (TaxLine line : calculator(mode, TaxRounding.PER_TOTAL).breakdown(amounts)) {
            long rate = line.rateBasisPoints();
            long base = mode == TaxMode.INCLUSIVE ? line.gross().minor() : line.net().minor();
            long denominator = mode == TaxMode.INCLUSIVE ? 10_000 + rate : 10_000;
            // |tax * denominator - base * rate| <= denominator / 2
            long error = Math.abs(line.tax().minor() * denominator - base * rate);
            assertThat(2 * error).isLessThanOrEqualTo(denominator);
        }
    }

    @Property
    void inclusiveTaxIsNeverMoreThanTheGross(@ForAll @LongRange(min = 0, max = 100_000_000) long gross,
            @ForAll("rates") int rate) {
        Money tax = calculator(TaxMode.INCLUSIVE, TaxRounding.PER_LINE).tax(fen(gross), rate);
        assertThat(tax.minor()).isBetween(0L, gross);
    }

    @Provide
    Arbitrary<Integer> rates() {
        return Arbitraries.of(1300, 900, 600, 0);
    }

    @Provide
    Arbitrary<List<Taxable>> taxables() {
        Arbitrary<Taxable> one = net.jqwik.api.Combinators
                .combine(rates(), Arbitraries.longs().between(-500_000, 5_000_000))
                .as((rate, minor) -> new Taxable(rate, fen(minor)));
        return one.list().ofMinSize(0).ofMaxSize(25).map(ArrayList::new);
    }
}
