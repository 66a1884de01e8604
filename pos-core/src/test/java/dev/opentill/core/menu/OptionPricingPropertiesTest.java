package dev.opentill.core.menu;

import static dev.opentill.core.menu.TeaMenu.COOKIE;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA_MENU;
import static dev.opentill.core.menu.TeaMenu.TEA_AND_COOKIE;
import static dev.opentill.core.sale.SaleFixtures.emptyTicket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.menu.ComboPricer.PricedCombo;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.sale.TicketPricer;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.core.tax.TaxPolicy;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of option and combo pricing over random choices of the tea menu. */
class OptionPricingPropertiesTest {
    private final TicketPricer pricer = new TicketPricer(TaxPolicy.chinaDefault());

    @Provide
    Arbitrary<List<OptionPick>> picks() {
        // Per group zero to four picks, so that both valid and invalid choices come up often.
        List<Arbitrary<List<OptionPick>>> perGroup = new ArrayList<>();
        for (OptionGroup g : MILK_TEA_MENU.groups()) {
            List<OptionPick> options = g.options().stream().map(o -> OptionPick.of(g.code(), o.code())).toList();
            perGroup.add(Arbitraries.of(options).list().ofMaxSize(4)
                    .map(l -> l.size() > 1 && g.singleChoice() ? l.subList(0, l.size() % 2 + 1) : l));
        }
        return Combinators.combine(perGroup).as(lists -> lists.stream().flatMap(List::stream).toList());
    }

    /** Either the choices obey every group's rules and the price is the base plus their differences, or they are refused. */
    @Property
    void aPricedLineIsTheBasePlusExactlyItsChosenDifferences(@ForAll("picks") List<OptionPick> picks) {
        LineOptions o;
        try {
            o = OptionPricer.price(MILK_TEA, MILK_TEA_MENU, picks, SoldOut.NOTHING);
        } catch (SaleException refused) {
            assertThat(obeysRules(picks)).isFalse();
            return;
        }
        assertThat(obeysRules(picks)).isTrue();
        long expected = MILK_TEA.price().minor();
        for (OptionPick p : picks) {
            expected += MILK_TEA_MENU.group(p.groupCode()).option(p.optionCode()).priceDelta().minor();
        }
        assertThat(o.listPrice().minor()).isEqualTo(expected);
        assertThat(o.chosen().stream().mapToInt(c -> c.count()).sum()).isEqualTo(picks.size());
    }

    @Property
    void aComboAlwaysSumsToItsPriceTimesQuantityWhateverTheOptions(@ForAll("picks") List<OptionPick> picks,
            @ForAll @IntRange(min = 1, max = 9) int quantity) {
        LineOptions drink;
        try {
            drink = OptionPricer.price(MILK_TEA, MILK_TEA_MENU, picks, SoldOut.NOTHING);
        } catch (SaleException refused) {
            return;
        }
        PricedCombo c = ComboPricer.price(TEA_AND_COOKIE, List.of(new ComboPick("DRINK", MILK_TEA, drink),
                new ComboPick("SNACK", COOKIE, null)), SoldOut.NOTHING);
        assertThat(c.price()).isEqualTo(TEA_AND_COOKIE.price().plus(drink.optionsDelta()));
        Ticket t = emptyTicket().addCombo(c.products(), c.options(), c.price(), quantity * 1000L,
                TicketLimits.DEFAULT);
        Money sum = Money.zero(Money.CNY);
        for (TicketLine l : t.lines()) {
            sum = sum.plus(l.grossAmount());
            assertThat(l.unitPrice().isNegative()).isFalse();
        }
        assertThat(sum).isEqualTo(c.price().times(quantity));
        Money taxGross = Money.zero(Money.CNY);
        for (TaxLine tl : pricer.totals(t).taxLines()) {
            taxGross = taxGross.plus(tl.gross());
        }
        assertThat(taxGross).isEqualTo(pricer.totals(t).total());
    }

    @Property
    void changingOptionsLandsOnTheSamePriceAsChoosingThemFirst(@ForAll("picks") List<OptionPick> first,
            @ForAll("picks") List<OptionPick> second) {
        LineOptions a;
        LineOptions b;
        try {
            a = OptionPricer.price(MILK_TEA, MILK_TEA_MENU, first, SoldOut.NOTHING);
            b = OptionPricer.price(MILK_TEA, MILK_TEA_MENU, second, SoldOut.NOTHING);
        } catch (SaleException refused) {
            return;
        }
        Ticket t = emptyTicket().addWithOptions(MILK_TEA, a, 1000, TicketLimits.DEFAULT);
        Ticket changed = t.changeOptions(t.lines().get(0).id(), b, TicketLimits.DEFAULT);
        Ticket direct = emptyTicket().addWithOptions(MILK_TEA, b, 1000, TicketLimits.DEFAULT);
        assertThat(pricer.totals(changed)).isEqualTo(pricer.totals(direct));
    }

    private static boolean obeysRules(List<OptionPick> picks) {
        for (OptionGroup g : MILK_TEA_MENU.groups()) {
            List<OptionPick> in = picks.stream().filter(p -> p.groupCode().equals(g.code())).toList();
            if (in.size() < g.minChoices() || in.size() > g.maxChoices()) {
                return false;
            }
            for (OptionPick p : in) {
                if (g.option(p.optionCode()).stacking() == Stacking.EXCLUSIVE && in.size() > 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
