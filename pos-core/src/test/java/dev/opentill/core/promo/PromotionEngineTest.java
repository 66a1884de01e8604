package dev.opentill.core.promo;

import dev.opentill.core.sale.LineDiscount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.TicketLine;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PromotionEngineTest {
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final UUID COLA = UUID.randomUUID();
    private static final UUID TEA = UUID.randomUUID();
    private static final UUID CHIPS = UUID.randomUUID();
    // Saturday 2026-11-21 15:30 in Shanghai.
    private static final Instant SAT_1530 = Instant.parse("2026-11-21T07:30:00Z");

    private static Money fen(long minor) {
        return Money.ofMinor(minor, CNY);
    }

    private static TicketLine line(UUID product, long pieces, long unitFen) {
        return new TicketLine(UUID.randomUUID(), product, "SKU", "商品", "Item", 1300, false, pieces * 1000,
                fen(unitFen), null, null, fen(0), false, null);
    }

    private static Promotion percentOff(String code, int bp, Set<UUID> products) {
        return new Promotion(UUID.randomUUID(), code, "折扣", "Off", Promotion.Kind.PERCENT_OFF, bp, 0, 0, products,
                Instant.parse("2026-11-01T00:00:00Z"), null, Set.of(), null, null);
    }

    private static Promotion multiBuy(String code, int n, long bundleFen, Set<UUID> products) {
        return new Promotion(UUID.randomUUID(), code, "多买", "Multi", Promotion.Kind.MULTI_BUY, 0, n, bundleFen,
                products, Instant.parse("2026-11-01T00:00:00Z"), null, Set.of(), null, null);
    }

    @Test
    void twoForFiveTakesOneYuanOffEveryPairAndLeavesTheOddPieceAtFullPrice() {
        TicketLine cola = line(COLA, 3, 300);
        Promotion twoFor5 = multiBuy("COLA2", 2, 500, Set.of(COLA));

        Map<UUID, LineDiscount> d = PromotionEngine.discounts(List.of(cola), List.of(twoFor5), SAT_1530, SHANGHAI);

        assertThat(d.get(cola.id())).isEqualTo(new LineDiscount(twoFor5.id(), fen(100)));
    }

    @Test
    void mixAndMatchBundlesTheDearestPiecesAndSpreadsTheSaving() {
        TicketLine cola = line(COLA, 1, 300);
        TicketLine tea = line(TEA, 2, 400);
        Promotion any3For9 = multiBuy("DRINKS3", 3, 900, Set.of(COLA, TEA));

        Map<UUID, LineDiscount> d = PromotionEngine.discounts(List.of(cola, tea), List.of(any3For9), SAT_1530,
                SHANGHAI);

        // 4 + 4 + 3 = 11 yuan for 9: 2 yuan saved, 3/11 on the cola line and 8/11 on the tea line.
        assertThat(d.get(cola.id()).amount().plus(d.get(tea.id()).amount())).isEqualTo(fen(200));
        assertThat(d.get(tea.id()).amount()).isEqualTo(fen(145));
    }

    @Test
    void anyThreeForAFixedPriceFormsOnlyBundlesThatSaveAndSpreadsTheSavingOverThemAlone() {
        UUID[] bakery = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID()};
        long[] prices = {1250, 1200, 1060, 900, 840, 800};
        List<TicketLine> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(line(bakery[i], 1, prices[i]));
        }
        Promotion any3 = multiBuy("BAKERY3", 3, 2990, Set.of(bakery));

        Map<UUID, LineDiscount> d = PromotionEngine.discounts(lines, List.of(any3), SAT_1530, SHANGHAI);

        // 12.50 + 12.00 + 10.60 = 35.10 for 29.90 saves 5.20; a second bundle (9.00 + 8.40 + 8.00 = 25.40)
        // would cost 4.50 more than its items, so it is not formed and its items keep their price.
        assertThat(d.values().stream().map(LineDiscount::amount).reduce(fen(0), Money::plus)).isEqualTo(fen(520));
        assertThat(d).containsOnlyKeys(lines.get(0).id(), lines.get(1).id(), lines.get(2).id());
    }

    @Test
    void addingCheapItemsNeverTakesTheBundleAway() {
        UUID cake = UUID.randomUUID();
        UUID bun = UUID.randomUUID();
        Promotion any3 = multiBuy("BAKERY3", 3, 2990, Set.of(cake, bun));
        TicketLine cakes = line(cake, 3, 1170);
        long before = PromotionEngine.discounts(List.of(cakes), List.of(any3), SAT_1530, SHANGHAI).get(cakes.id())
                .amount().minor();

        TicketLine buns = line(bun, 3, 300);
        Map<UUID, LineDiscount> after = PromotionEngine.discounts(List.of(cakes, buns), List.of(any3), SAT_1530,
                SHANGHAI);

        assertThat(before).isEqualTo(520);
        assertThat(after.get(cakes.id()).amount()).isEqualTo(fen(520));
        assertThat(after).doesNotContainKey(buns.id());
    }

    @Test
    void aLineTakesTheBetterPromotionOnlyAndHandPricedLinesTakeNone() {
        TicketLine cola = line(COLA, 2, 300);
        TicketLine chips = line(CHIPS, 1, 800);
        TicketLine byHand = new TicketLine(UUID.randomUUID(), COLA, "SKU", "可乐", "Cola", 1300, false, 2000, fen(300),
                fen(250), null, fen(0), false, null);
        Promotion tenOff = percentOff("TEN", 1000, Set.of(COLA, CHIPS));
        Promotion twoFor5 = multiBuy("COLA2", 2, 500, Set.of(COLA));

        Map<UUID, LineDiscount> d = PromotionEngine.discounts(List.of(cola, chips, byHand), List.of(tenOff, twoFor5),
                SAT_1530, SHANGHAI);

        assertThat(d.get(cola.id())).isEqualTo(new LineDiscount(twoFor5.id(), fen(100)));
        assertThat(d.get(chips.id())).isEqualTo(new LineDiscount(tenOff.id(), fen(80)));
        assertThat(d).doesNotContainKey(byHand.id());
    }

    @Test
    void aHappyHourRunsOnlyOnItsDaysAndHoursInTheStoresTimeZone() {
        Promotion afternoon = new Promotion(UUID.randomUUID(), "TEA-HH", "下午茶", "Tea time", Promotion.Kind.PERCENT_OFF,
                2000, 0, 0, Set.of(TEA), Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(14, 0), LocalTime.of(17, 0));
        Promotion lateNight = new Promotion(UUID.randomUUID(), "NIGHT", "夜宵", "Late", Promotion.Kind.PERCENT_OFF,
                1000, 0, 0, Set.of(TEA), Instant.parse("2026-11-01T00:00:00Z"), null, Set.of(DayOfWeek.FRIDAY),
                LocalTime.of(22, 0), LocalTime.of(2, 0));

        assertThat(afternoon.runsAt(SAT_1530, SHANGHAI)).isTrue();
        assertThat(afternoon.runsAt(SAT_1530, ZoneId.of("Europe/London"))).isFalse();
        assertThat(afternoon.runsAt(Instant.parse("2026-11-20T07:30:00Z"), SHANGHAI)).isFalse(); // Friday
        assertThat(afternoon.runsAt(Instant.parse("2026-11-21T09:00:00Z"), SHANGHAI)).isFalse(); // 17:00 sharp
        assertThat(afternoon.runsAt(Instant.parse("2026-12-05T07:30:00Z"), SHANGHAI)).isFalse(); // after validTo
        // Friday 23:00 and the small hours of Saturday belong to Friday's late night.
        assertThat(lateNight.runsAt(Instant.parse("2026-11-20T15:00:00Z"), SHANGHAI)).isTrue();
        assertThat(lateNight.runsAt(Instant.parse("2026-11-20T17:30:00Z"), SHANGHAI)).isTrue();
        assertThat(lateNight.runsAt(Instant.parse("2026-11-21T17:30:00Z"), SHANGHAI)).isFalse();
    }

    @Test
    void termsThatMakeNoPromotionAreRefused() {
        assertThatThrownBy(() -> percentOff("ZERO", 0, Set.of(COLA)))
                .hasMessageContaining("percentOffBp must be 1-10000");
        assertThatThrownBy(() -> multiBuy("ONE", 1, 100, Set.of(COLA))).hasMessageContaining("N >= 2");
    }

    /** Whatever the lines and promotions, no line is discounted below zero and the result is repeatable. */
    @Property(tries = 300)
    void discountsNeverExceedALinesAmount(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 6) Integer> pieces,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 5000) Integer> prices,
            @ForAll @IntRange(min = 1, max = 10_000) int bp, @ForAll @IntRange(min = 2, max = 5) int n,
            @ForAll @IntRange(min = 0, max = 20_000) int bundle) {
        UUID[] products = {COLA, TEA, CHIPS};
        List<TicketLine> lines = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            lines.add(line(products[i % 3], pieces.get(i), prices.get(i % prices.size())));
        }
        List<Promotion> promotions = List.of(percentOff("P", bp, Set.of(COLA, TEA)), multiBuy("M", n, bundle,
                Set.of(TEA, CHIPS)));

        Map<UUID, LineDiscount> d = PromotionEngine.discounts(lines, promotions, SAT_1530, SHANGHAI);

        for (TicketLine l : lines) {
            LineDiscount ld = d.get(l.id());
            if (ld != null) {
                assertThat(ld.amount().isPositive()).isTrue();
                assertThat(ld.amount().isGreaterThan(l.grossAmount())).isFalse();
            }
        }
        assertThat(PromotionEngine.discounts(lines, promotions, SAT_1530, SHANGHAI)).isEqualTo(d);
    }
}
