package dev.opentill.core.menu;

import static dev.opentill.core.menu.TeaMenu.COOKIE;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA_MENU;
import static dev.opentill.core.sale.SaleFixtures.cash;
import static dev.opentill.core.sale.SaleFixtures.emptyTicket;
import static dev.opentill.core.sale.SaleFixtures.last;
import static dev.opentill.core.sale.SaleFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.LineDiscount;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OptionLinesOnTicketTest {
    private static final TicketLimits LIMITS = TicketLimits.DEFAULT;
    private final TicketPricer pricer = new TicketPricer(TaxPolicy.chinaDefault());

    private static LineOptions options(String... groupAndOption) {
        return OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                Arrays.stream(groupAndOption).map(s -> OptionPick.of(s.split("/")[0], s.split("/")[1]))
                        .toList(),
                SoldOut.NOTHING);
    }

    private static final String[] LARGE_PEARL = {"SIZE/L", "SUGAR/HALF", "ICE/LESS", "TOP/PEARL"};
    private static final String[] MEDIUM = {"SIZE/M", "SUGAR/FULL", "ICE/NORMAL"};

    @Test
    void aLineCarriesItsOptionsAndIsChargedTheirPrice() {
        Ticket t = emptyTicket().addWithOptions(MILK_TEA, options(LARGE_PEARL), 1000, LIMITS);
        TicketLine line = last(t);
        assertThat(line.unitPrice()).isEqualTo(yuan("20.00"));
        assertThat(line.options().chosen()).extracting(c -> c.optionCode()).containsExactly("L", "HALF", "LESS",
                "PEARL");
        assertThat(pricer.totals(t).total()).isEqualTo(yuan("20.00"));
    }

    @Test
    void theSameDrinkWithOtherOptionsIsAnotherLine() {
        Ticket t = emptyTicket().addWithOptions(MILK_TEA, options(LARGE_PEARL), 1000, LIMITS)
                .addWithOptions(MILK_TEA, options(MEDIUM), 1000, LIMITS);
        assertThat(t.lines()).hasSize(2);
        assertThat(t.lines()).extracting(TicketLine::unitPrice).containsExactly(yuan("20.00"), yuan("15.00"));
        assertThat(pricer.totals(t).total()).isEqualTo(yuan("35.00"));
    }

    @Test
    void optionsCanBeChangedUntilPaymentAndThePriceFollows() {
        Ticket t = emptyTicket().addWithOptions(MILK_TEA, options(MEDIUM), 2000, LIMITS);
        UUID id = last(t).id();
        Ticket changed = t.changeOptions(id, options(LARGE_PEARL), LIMITS);
        assertThat(changed.line(id).unitPrice()).isEqualTo(yuan("20.00"));
        assertThat(changed.line(id).quantityMilli()).isEqualTo(2000);
        assertThat(pricer.totals(changed).total()).isEqualTo(yuan("40.00"));

        Ticket paid = changed.withTender(cash("40.00"), pricer);
        assertThatThrownBy(() -> paid.changeOptions(id, options(MEDIUM), LIMITS))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error())
                        .isEqualTo(SaleError.TICKET_HAS_TENDERS));
    }

    @Test
    void quantityVoidAndDiscountWorkOnAnOptionLine() {
        Ticket t = emptyTicket().addWithOptions(MILK_TEA, options(LARGE_PEARL), 1000, LIMITS);
        UUID id = last(t).id();
        t = t.changeQuantity(id, 3000, LIMITS).discountLine(id, yuan("5.00"));
        assertThat(pricer.totals(t).total()).isEqualTo(yuan("55.00"));
        assertThat(t.line(id).options()).isEqualTo(options(LARGE_PEARL));
        t = t.changeOptions(id, options(MEDIUM), LIMITS);
        assertThat(pricer.totals(t).total()).isEqualTo(yuan("40.00"));
        assertThat(t.line(id).discount()).isEqualTo(yuan("5.00"));
        t = t.voidLine(id);
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.line(id).options()).isNotNull();
    }

    @Test
    void aPromotionDiscountOnAnOptionLineKeepsTheOptions() {
        Ticket t = emptyTicket().addWithOptions(MILK_TEA, options(LARGE_PEARL), 1000, LIMITS);
        UUID id = last(t).id();
        t = t.withPromotions(Map.of(id, new LineDiscount(UUID.randomUUID(), yuan("2.00"))));
        assertThat(t.line(id).options()).isEqualTo(options(LARGE_PEARL));
        assertThat(pricer.totals(t).total()).isEqualTo(yuan("18.00"));
    }

    @Test
    void aChangeOfOptionsThatLeavesTheDiscountLargerThanTheLineIsRefused() {
        Ticket t = emptyTicket().addWithOptions(MILK_TEA, options(LARGE_PEARL), 1000, LIMITS);
        UUID id = last(t).id();
        Ticket discounted = t.discountLine(id, yuan("18.00"));
        assertThatThrownBy(() -> discounted.changeOptions(id, options(MEDIUM), LIMITS))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error())
                        .isEqualTo(SaleError.DISCOUNT_EXCEEDS_AMOUNT));
    }

    @Test
    void optionsPricedFromAnotherBasePriceAreRefused() {
        LineOptions stale = new LineOptions(yuan("14.00"), options(MEDIUM).chosen(), null);
        assertThatThrownBy(() -> emptyTicket().addWithOptions(MILK_TEA, stale, 1000, LIMITS))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error())
                        .isEqualTo(SaleError.PRICE_DOES_NOT_ADD_UP));
    }

    @Test
    void drinksAndPackagedGoodsKeepTheirOwnVatRates() {
        Ticket t = emptyTicket().addWithOptions(MILK_TEA, options(LARGE_PEARL), 1000, LIMITS)
                .add(COOKIE, 1000, LIMITS);
        TicketTotals totals = pricer.totals(t);
        assertThat(totals.total()).isEqualTo(yuan("28.00"));
        assertThat(totals.taxLines()).extracting(TaxLine::rateBasisPoints).containsExactlyInAnyOrder(600, 1300);
        Money tax6 = totals.taxLines().stream().filter(l -> l.rateBasisPoints() == 600).findFirst().orElseThrow()
                .tax();
        // 20.00 including 6%: 20.00 - 20.00 / 1.06 = 1.13
        assertThat(tax6).isEqualTo(yuan("1.13"));
    }

    @Test
    void aLineWithoutOptionsTakesNoneLater() {
        Ticket t = emptyTicket().add(COOKIE, 1000, LIMITS);
        assertThatThrownBy(() -> t.changeOptions(last(t).id(), options(MEDIUM), LIMITS))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error())
                        .isEqualTo(SaleError.OPTION_UNKNOWN));
        assertThat(t.lines().get(0).options()).isNull();
    }
}
