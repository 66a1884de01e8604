package dev.opentill.core.promo;

import static dev.opentill.core.promo.PromotionFixtures.SAT_1530;
import static dev.opentill.core.promo.PromotionFixtures.SHANGHAI;
import static dev.opentill.core.promo.PromotionFixtures.on;
import static dev.opentill.core.promo.PromotionFixtures.promo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.CashRounding;
import dev.opentill.core.money.Money;
import dev.opentill.core.promo.Basket.Item;
import dev.opentill.core.promo.Reward.Tier;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.sale.TicketPricer;
import dev.opentill.core.sale.TicketTotals;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.core.tax.TaxMode;
import dev.opentill.core.tax.TaxPolicy;
import dev.opentill.core.tax.TaxRounding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every reward kind and their combinations on real tickets, with totals worked out by hand. */
class PromotionTableTest {
    private static final TicketPricer INCLUSIVE = new TicketPricer(TaxPolicy.chinaDefault());
    private static final TicketPricer EXCLUSIVE = new TicketPricer(
            new TaxPolicy(Money.CNY, TaxMode.EXCLUSIVE, TaxRounding.PER_TOTAL, CashRounding.NONE));

    private static final Product COFFEE = product("COFFEE", "DRINK", 1800, 1300);
    private static final Product TEA = product("TEA", "DRINK", 1600, 1300);
    private static final Product CROISSANT = product("CROISSANT", "BAKERY", 1250, 1300);
    private static final Product BAGEL = product("BAGEL", "BAKERY", 1200, 900);
    private static final Product TART = product("TART", "BAKERY", 1060, 1300);
    private static final Product BUN = product("BUN", "BAKERY", 900, 1300);
    private static final Product ROLL = product("ROLL", "BAKERY", 840, 1300);
    private static final Product MUFFIN = product("MUFFIN", "BAKERY", 800, 1300);
    private static final Map<UUID, Product> CATALOG = new HashMap<>();

    static {
        for (Product p : List.of(COFFEE, TEA, CROISSANT, BAGEL, TART, BUN, ROLL, MUFFIN)) {
            CATALOG.put(p.id(), p);
        }
    }

    private static Product product(String sku, String category, long fen, int rate) {
        return new Product(UUID.nameUUIDFromBytes(sku.getBytes()), sku, sku, sku, category, "VAT" + rate, rate,
                Money.ofMinor(fen, Money.CNY), false, null);
    }

    private static Conditions bakery() {
        return new Conditions(Set.of(), Set.of("BAKERY"), Set.of(), 0, 0, false, false, Set.of(), Set.of(), Set.of());
    }

    private static Ticket ticket(Object... productAndPieces) {
        Ticket t = Ticket.open(Money.CNY, SAT_1530);
        for (int i = 0; i < productAndPieces.length; i += 2) {
            t = t.add((Product) productAndPieces[i], 1000L * (Integer) productAndPieces[i + 1], TicketLimits.DEFAULT);
        }
        return t;
    }

    private static PriceProof proof(Ticket t, List<Promotion> promotions, String member) {
        List<Item> items = new ArrayList<>();
        for (TicketLine l : t.lines()) {
            Product p = CATALOG.get(l.productId());
            items.add(new Item(l.id(), l.productId(), p.categoryCode(), Set.of(), l.unitPrice().minor(),
                    l.quantityMilli(), false, l.grossAmount().minor()));
        }
        return PromotionEngine.price(new Basket(Money.CNY, items, 0, SAT_1530, SHANGHAI, null, null, member, null),
                PromotionBook.of(promotions));
    }

    private static long total(Ticket t, List<Promotion> promotions, String member) {
        Ticket priced = t.withPromotions(proof(t, promotions, member).lineDiscounts());
        return INCLUSIVE.totals(priced).total().minor();
    }

    static Stream<Arguments> table() {
        Promotion secondHalf = promo("2ND-HALF", on(COFFEE.id()), new Reward.NthItem(2, 5000));
        Tier hundred = new Tier(10000, 2000);
        Tier twoHundred = new Tier(20000, 5000);
        return Stream.of(
                // 2 x 18.00 = 36.00, 20% off = 7.20
                Arguments.of("percent off", ticket(COFFEE, 2), List.of(promo("P20", on(COFFEE.id()),
                        new Reward.PercentOff(2000))), null, 2880),
                // 3.00 off each of two coffees
                Arguments.of("amount off", ticket(COFFEE, 2), List.of(promo("A3", on(COFFEE.id()),
                        new Reward.AmountOff(300))), null, 3000),
                // 60.50 of bakery; only the dearest three bundle (35.10 for 29.90)
                Arguments.of("any 3 for 29.90", ticket(CROISSANT, 1, BAGEL, 1, TART, 1, BUN, 1, ROLL, 1, MUFFIN, 1),
                        List.of(promo("B3", bakery(), new Reward.FixedPriceForN(3, 2990))), null, 5530),
                // buy 2 get the cheapest free: 12.50 + 12.00 + 10.60, the tart free
                Arguments.of("buy 2 get 1 free", ticket(CROISSANT, 1, BAGEL, 1, TART, 1), List.of(promo("B2G1",
                        bakery(), new Reward.BuyXGetY(2, 1, 10_000, null))), null, 2450),
                // buy a croissant, the coffee half price: 12.50 + 9.00
                Arguments.of("buy X get a named product half price", ticket(CROISSANT, 1, COFFEE, 1), List.of(promo(
                        "CAKE-COFFEE", bakery(), new Reward.BuyXGetY(1, 1, 5000, COFFEE.id()))), null, 2150),
                // 第二杯半价 on three coffees: one of them half price
                Arguments.of("second cup half price", ticket(COFFEE, 3), List.of(secondHalf), null, 4500),
                // 满100减20 / 满200减50 on the ticket: 108.00 reaches the first tier
                Arguments.of("spend threshold", ticket(COFFEE, 6), List.of(promo("FULL", Conditions.anything(),
                        new Reward.SpendThreshold(List.of(hundred, twoHundred), true))), null, 8800),
                // a member pays 15.00 a coffee
                Arguments.of("member price", ticket(COFFEE, 2), List.of(memberPrice()), "M1", 3000),
                Arguments.of("member price, no member", ticket(COFFEE, 2), List.of(memberPrice()), null, 3600),
                // coffee + croissant for 25.00 instead of 30.50
                Arguments.of("combo", ticket(COFFEE, 1, CROISSANT, 1), List.of(promo("COMBO", Conditions.anything(),
                        new Reward.ComboPrice(List.of(Set.of(COFFEE.id()), Set.of(CROISSANT.id())), 2500))), null,
                        2500),
                // half price on 72.00 would be 36.00, capped at 20.00
                Arguments.of("cap", ticket(COFFEE, 4), List.of(promo("HALF", on(COFFEE.id()), new Reward.PercentOff(
                        5000), new Limits(0, 2000, 0, 0, 0), Stacking.DEFAULT)), null, 5200),
                // half price once per ticket
                Arguments.of("uses per ticket", ticket(COFFEE, 2), List.of(promo("HALF1", on(COFFEE.id()),
                        new Reward.PercentOff(5000), new Limits(1, 0, 0, 0, 0), Stacking.DEFAULT)), null, 2700),
                // 27.00 + 12.50 + 12.00 = 51.50 reaches 满50减10, which stacks with the coffee deal
                Arguments.of("item deal and threshold stacking", ticket(COFFEE, 2, CROISSANT, 1, BAGEL, 1), List.of(
                        secondHalf, fiftyOffTen(true)), null, 4150),
                // a threshold that does not stack: 60.50 full price beats 9.00 off the coffee (10.00 > 9.00)
                Arguments.of("threshold not stacking", ticket(COFFEE, 2, CROISSANT, 1, BAGEL, 1), List.of(secondHalf,
                        fiftyOffTen(false)), null, 5050),
                // exclusive group: the priority-2 10% runs, not the priority-1 30%
                Arguments.of("exclusive group", ticket(COFFEE, 2), List.of(promo("G10", on(COFFEE.id()),
                        new Reward.PercentOff(1000), Limits.NONE, new Stacking(true, true, "G", 2)),
                        promo("G30", on(
                                COFFEE.id()), new Reward.PercentOff(3000), Limits.NONE,
                                new Stacking(true, true, "G",
                                        1))),
                        null, 3240),
                // a line takes one item reward: 20% (7.20) beats 3.00 off each (6.00)
                Arguments.of("better of two on one line", ticket(COFFEE, 2), List.of(promo("P20", on(COFFEE.id()),
                        new Reward.PercentOff(2000)), promo("A3", on(COFFEE.id()), new Reward.AmountOff(300))), null,
                        2880));
    }

    private static Promotion memberPrice() {
        return promo("MEMBER", PromotionFixtures.members(COFFEE.id()), new Reward.MemberPrice(Map.of(COFFEE.id(),
                1500L)));
    }

    private static Promotion fiftyOffTen(boolean stacks) {
        return promo("F50", Conditions.anything(), new Reward.SpendThreshold(List.of(new Tier(5000, 1000)), true),
                Limits.NONE, new Stacking(stacks, true, null, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachRewardKindGivesTheHandComputedTotal(String name, Ticket t, List<Promotion> promotions, String member,
            long expectedFen) {
        assertThat(total(t, promotions, member)).isEqualTo(expectedFen);
    }

    @Test
    void theStackedThresholdIsSpreadSoTheTaxBreakdownStaysRightInclusiveAndExclusive() {
        Ticket t = ticket(COFFEE, 2, CROISSANT, 1, BAGEL, 1);
        PriceProof proof = proof(t, List.of(promo("2ND-HALF", on(COFFEE.id()), new Reward.NthItem(2, 5000)),
                fiftyOffTen(true)), null);
        Ticket priced = t.withPromotions(proof.lineDiscounts());

        // 10.00 spread over 27.00 / 12.50 / 12.00: 5.24, 2.43 (largest remainder), 2.33.
        assertThat(priced.lines()).extracting(l -> l.netAmount().minor()).containsExactly(2176L, 1007L, 967L);
        TicketTotals inc = INCLUSIVE.totals(priced);
        // 13%: 31.83 * 13/113 = 3.66; 9%: 9.67 * 9/109 = 0.80
        assertThat(inc.taxLines()).extracting(TaxLine::tax).containsExactly(fen(366), fen(80));
        assertThat(inc.total()).isEqualTo(fen(4150));
        TicketTotals exc = EXCLUSIVE.totals(priced);
        // 13%: 31.83 * 0.13 = 4.14; 9%: 9.67 * 0.09 = 0.87
        assertThat(exc.taxLines()).extracting(TaxLine::tax).containsExactly(fen(414), fen(87));
        assertThat(exc.total()).isEqualTo(fen(4651));
    }

    @Test
    void theProofSaysWhichPromotionTookWhatFromWhichLineAndWhatNearlyApplied() {
        Ticket t = ticket(COFFEE, 6);
        Promotion full = promo("FULL", Conditions.anything(), new Reward.SpendThreshold(List.of(new Tier(10000, 2000),
                new Tier(15000, 4000)), true));

        PriceProof proof = proof(t, List.of(full), null);

        assertThat(proof.applied()).singleElement().satisfies(a -> {
            assertThat(a.promotion()).isEqualTo(full);
            assertThat(a.saving()).isEqualTo(fen(2000));
            assertThat(a.byLine()).containsOnlyKeys(t.lines().get(0).id());
        });
        // 108.00 spent: 42.00 more reaches 150.00 and saves 20.00 more.
        assertThat(proof.nearMisses()).singleElement().satisfies(n -> {
            assertThat(n.spendMore()).isEqualTo(fen(4200));
            assertThat(n.saving()).isEqualTo(fen(2000));
        });
    }

    @Test
    void aMinimumNotYetReachedIsANearMissNotADiscount() {
        Conditions threeCoffees = new Conditions(Set.of(COFFEE.id()), Set.of(), Set.of(), 3, 0, false, false, Set.of(),
                Set.of(), Set.of());
        Promotion p = promo("3COFFEE", threeCoffees, new Reward.PercentOff(1000));

        PriceProof proof = proof(ticket(COFFEE, 2), List.of(p), null);

        assertThat(proof.applied()).isEmpty();
        assertThat(proof.nearMisses()).singleElement().satisfies(n -> assertThat(n.itemsMore()).isEqualTo(1));
    }

    @Test
    void contradictoryTermsAreRefusedWithTheReason() {
        assertThat(Promotion.problem(PromotionFixtures.ALWAYS, Conditions.anything(), new Reward.SpendThreshold(List
                .of(new Tier(10000, 2000), new Tier(5000, 3000)), true), Limits.NONE))
                .isEqualTo("tiers must rise in both spend and amount off");
        assertThat(Promotion.problem(PromotionFixtures.ALWAYS, on(COFFEE.id()), new Reward.MemberPrice(Map.of(COFFEE
                .id(), 1500L)), Limits.NONE)).isEqualTo("member prices need the member-only condition");
        assertThat(Promotion.problem(PromotionFixtures.ALWAYS, Conditions.anything(), new Reward.ComboPrice(List.of(
                Set.of(COFFEE.id()), Set.of(COFFEE.id())), 100), Limits.NONE))
                .isEqualTo("a product cannot be in two slots of one combo");
    }

    private static Money fen(long minor) {
        return Money.ofMinor(minor, Money.CNY);
    }
}
