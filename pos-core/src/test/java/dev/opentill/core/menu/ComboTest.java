package dev.opentill.core.menu;

import static dev.opentill.core.menu.TeaMenu.COOKIE;
import static dev.opentill.core.menu.TeaMenu.FRUIT_TEA;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA_MENU;
import static dev.opentill.core.menu.TeaMenu.TEA_AND_COOKIE;
import static dev.opentill.core.sale.SaleFixtures.emptyTicket;
import static dev.opentill.core.sale.SaleFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.menu.ComboPricer.PricedCombo;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.sale.TicketPricer;
import dev.opentill.core.sale.TicketTotals;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.core.tax.TaxPolicy;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ComboTest {
    private static final TicketLimits LIMITS = TicketLimits.DEFAULT;
    private final TicketPricer pricer = new TicketPricer(TaxPolicy.chinaDefault());

    private static LineOptions large() {
        return OptionPricer.price(MILK_TEA, MILK_TEA_MENU, List.of(OptionPick.of("SIZE", "L"),
                OptionPick.of("SUGAR", "HALF"), OptionPick.of("ICE", "LESS")), SoldOut.NOTHING);
    }

    private static LineOptions medium() {
        return OptionPricer.price(MILK_TEA, MILK_TEA_MENU, OptionPricer.defaults(MILK_TEA_MENU), SoldOut.NOTHING);
    }

    private static void refused(SaleError error, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error())
                .isEqualTo(error));
    }

    private static Ticket withCombo(LineOptions drink) {
        PricedCombo c = ComboPricer.price(TEA_AND_COOKIE, List.of(new ComboPick("DRINK", MILK_TEA, drink),
                new ComboPick("SNACK", COOKIE, null)), SoldOut.NOTHING);
        return emptyTicket().addCombo(c.products(), c.options(), c.price(), 1000, LIMITS);
    }

    @Test
    void aComboCostsItsFixedPricePlusTheDrinksOptionsAndSplitsItOverOneLinePerSlot() {
        Ticket t = withCombo(large());
        assertThat(t.lines()).hasSize(2);
        assertThat(t.lines()).extracting(TicketLine::sku).containsExactly("MT", "CK");
        assertThat(pricer.totals(t).total()).isEqualTo(yuan("23.00"));
        // alone 18.00 and 8.00: the combo's 23.00 shared 18:8
        assertThat(t.lines()).extracting(TicketLine::unitPrice).containsExactly(yuan("15.92"), yuan("7.08"));
        assertThat(t.lines().get(0).combo().comboId()).isEqualTo(t.lines().get(1).combo().comboId());
    }

    @Test
    void aSlotsUpChargeIsAdded() {
        PricedCombo c = ComboPricer.price(TEA_AND_COOKIE, List.of(new ComboPick("DRINK", FRUIT_TEA, null),
                new ComboPick("SNACK", COOKIE, null)), SoldOut.NOTHING);
        assertThat(c.price()).isEqualTo(yuan("22.00"));
    }

    @Test
    void eachComboLineKeepsItsVatRateAndTheTaxMatchesTheSharedAmounts() {
        TicketTotals totals = pricer.totals(withCombo(large()));
        assertThat(totals.taxLines()).extracting(TaxLine::rateBasisPoints).containsExactlyInAnyOrder(600, 1300);
        assertThat(totals.taxLines()).extracting(TaxLine::gross).containsExactlyInAnyOrder(yuan("15.92"),
                yuan("7.08"));
    }

    @Test
    void changingTheDrinksOptionsInAComboMovesTheComboPrice() {
        Ticket t = withCombo(large());
        Ticket changed = t.changeOptions(t.lines().get(0).id(), medium(), LIMITS);
        assertThat(pricer.totals(changed).total()).isEqualTo(yuan("20.00"));
        assertThat(changed.lines().get(0).combo()).isEqualTo(t.lines().get(0).combo());
        assertThat(changed.lines().get(0).options().chosen()).extracting(o -> o.optionCode()).contains("M");
    }

    @Test
    void aComboChangesQuantityAndIsVoidedAsAWhole() {
        Ticket t = withCombo(large());
        Ticket two = t.changeQuantity(t.lines().get(1).id(), 2000, LIMITS);
        assertThat(two.lines()).extracting(TicketLine::quantityMilli).containsExactly(2000L, 2000L);
        assertThat(pricer.totals(two).total()).isEqualTo(yuan("46.00"));
        Ticket voided = two.voidLine(two.lines().get(0).id());
        assertThat(voided.lines()).allMatch(TicketLine::voided);
        assertThat(pricer.totals(voided).total()).isEqualTo(Money.zero(Money.CNY));
    }

    @Test
    void aProductNotAllowedInItsSlotOrAnEmptyOrDoubleSlotIsRefused() {
        refused(SaleError.COMBO_INVALID, () -> ComboPricer.price(TEA_AND_COOKIE,
                List.of(new ComboPick("DRINK", COOKIE, null), new ComboPick("SNACK", COOKIE, null)),
                SoldOut.NOTHING));
        refused(SaleError.COMBO_INVALID, () -> ComboPricer.price(TEA_AND_COOKIE,
                List.of(new ComboPick("DRINK", MILK_TEA, large())), SoldOut.NOTHING));
        refused(SaleError.COMBO_INVALID, () -> ComboPricer.price(TEA_AND_COOKIE,
                List.of(new ComboPick("DRINK", MILK_TEA, large()), new ComboPick("DRINK", FRUIT_TEA, null)),
                SoldOut.NOTHING));
    }

    @Test
    void aSoldOutProductCannotFillASlot() {
        refused(SaleError.SOLD_OUT, () -> ComboPricer.price(TEA_AND_COOKIE,
                List.of(new ComboPick("DRINK", MILK_TEA, large()), new ComboPick("SNACK", COOKIE, null)),
                new SoldOut(Set.of(COOKIE.id()), Set.of())));
    }

    @Test
    void aComboSlotAddedAloneIsRefused() {
        PricedCombo c = ComboPricer.price(TEA_AND_COOKIE, List.of(new ComboPick("DRINK", MILK_TEA, large()),
                new ComboPick("SNACK", COOKIE, null)), SoldOut.NOTHING);
        refused(SaleError.COMBO_INVALID, () -> emptyTicket().addWithOptions(MILK_TEA, c.options().get(0), 1000,
                LIMITS));
    }
}
