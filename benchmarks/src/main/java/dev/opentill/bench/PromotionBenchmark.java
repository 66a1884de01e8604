package dev.opentill.bench;

import dev.opentill.core.money.Money;
import dev.opentill.core.promo.Basket;
import dev.opentill.core.promo.Basket.Item;
import dev.opentill.core.promo.Conditions;
import dev.opentill.core.promo.Limits;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.promo.PromotionBook;
import dev.opentill.core.promo.PromotionEngine;
import dev.opentill.core.promo.Reward;
import dev.opentill.core.promo.Reward.Tier;
import dev.opentill.core.promo.Schedule;
import dev.opentill.core.promo.Stacking;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The promotion engine on a busy chain: 2,000 running promotions of every kind over the 4,000
 * promoted products of a 20,000-product catalog, a 40-line ticket re-priced after each scan (three
 * scans in four are promoted goods; a member on the ticket, so member prices run too). Prints the
 * p50 and p99 of one re-pricing in wall time and in the thread's CPU time (the machine may be
 * shared), how many re-pricings tried every combination, and the load average.
 */
public final class PromotionBenchmark {
    private static final int PRODUCTS = 20_000;
    private static final int CATEGORIES = 400;
    private static final int PROMOTIONS = Integer.getInteger("bench.promotions", 2_000);
    private static final int LINES = 40;
    private static final int PROMOTED = PRODUCTS / 5;
    private static final int TICKETS = Integer.getInteger("bench.tickets", 300);
    private static final Instant NOW = Instant.parse("2026-12-05T07:30:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PromotionBenchmark() {
    }

    public static void run() {
        Random rnd = new Random(42);
        UUID[] products = new UUID[PRODUCTS];
        long[] prices = new long[PRODUCTS];
        for (int i = 0; i < PRODUCTS; i++) {
            products[i] = UUID.randomUUID();
            prices[i] = 100 + rnd.nextInt(4900);
        }
        PromotionBook book = PromotionBook.of(promotions(rnd, products));
        for (int warm = 0; warm < 100; warm++) {
            ticket(rnd, products, prices, book, null);
        }
        long[] samples = new long[TICKETS * LINES];
        long[] cpu = new long[TICKETS * LINES];
        int[] inexact = new int[1];
        for (int t = 0; t < TICKETS; t++) {
            long[] one = new long[LINES];
            long[] oneCpu = new long[LINES];
            ticket(rnd, products, prices, book, one, oneCpu, inexact);
            System.arraycopy(one, 0, samples, t * LINES, LINES);
            System.arraycopy(oneCpu, 0, cpu, t * LINES, LINES);
        }
        Figures.print("promo_eval_p50_ms", Figures.percentileMs(samples, 50), "ms");
        Figures.print("promo_eval_p99_ms", Figures.percentileMs(samples, 99), "ms");
        Figures.print("promo_eval_cpu_p99_ms", Figures.percentileMs(cpu, 99), "ms");
        Figures.print("promo_eval_exact_share", 100.0 * (samples.length - inexact[0]) / samples.length, "%");
        Figures.print("promo_bench_load_1m", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "");
    }

    private static void ticket(Random rnd, UUID[] products, long[] prices, PromotionBook book, long[] samples) {
        ticket(rnd, products, prices, book, samples, null, new int[1]);
    }

    /** Scans 40 lines; after each scan the whole ticket is re-priced, as the till does. */
    private static void ticket(Random rnd, UUID[] products, long[] prices, PromotionBook book, long[] samples,
            long[] cpu, int[] inexact) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Item> items = new ArrayList<>();
        for (int line = 0; line < LINES; line++) {
            // Promoted goods sell more: most scans come from the first fifth of the catalog.
            int p = rnd.nextInt(4) > 0 ? rnd.nextInt(PROMOTED) : rnd.nextInt(PRODUCTS);
            int pieces = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0);
            items.add(new Item(UUID.randomUUID(), products[p], "C" + (p % CATEGORIES), Set.of("T" + (p % 20)),
                    prices[p], pieces * 1000L, false, pieces * prices[p]));
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PriceProof proof = PromotionEngine.price(new Basket(Money.CNY, items, 0, NOW, ZONE, null, null, "M1",
                    null), book);
            long took = System.nanoTime() - t0;
            if (samples != null) {
                samples[line] = took;
                cpu[line] = threads.getCurrentThreadCpuTime() - c0;
                inexact[0] += proof.exact() ? 0 : 1;
            }
        }
    }

    private static List<Promotion> promotions(Random rnd, UUID[] products) {
        Schedule always = new Schedule(Instant.parse("2026-11-01T00:00:00Z"), null, Set.of(), null, null);
        List<Promotion> out = new ArrayList<>();
        for (int i = 0; i < PROMOTIONS; i++) {
            int kind = i % 10;
            Set<UUID> scope = new HashSet<>();
            int size = 1 + rnd.nextInt(8);
            for (int k = 0; k < size; k++) {
                scope.add(products[rnd.nextInt(PROMOTED)]);
            }
            Conditions c = Conditions.onProducts(scope);
            if (i % 25 == 0) {
                c = new Conditions(Set.of(), Set.of("C" + rnd.nextInt(CATEGORIES)), Set.of(), 0, 0, false, false,
                        Set.of(), Set.of(), Set.of());
            }
            UUID first = scope.iterator().next();
            Reward r = switch (kind) {
                case 0 -> new Reward.PercentOff(500 + rnd.nextInt(3000));
                case 1 -> new Reward.AmountOff(50 + rnd.nextInt(300));
                case 2 -> new Reward.FixedPriceForN(2 + rnd.nextInt(2), 300 + rnd.nextInt(5000));
                case 3 -> new Reward.BuyXGetY(2, 1, 10_000, null);
                case 4 -> new Reward.NthItem(2, 5000);
                case 5 -> new Reward.ComboPrice(List.of(Set.of(first), Set.of(products[rnd.nextInt(PROMOTED)])),
                        500 + rnd.nextInt(3000));
                case 6 -> new Reward.MemberPrice(Map.of(first, 50L + rnd.nextInt(2000)));
                case 7 -> new Reward.BuyXGetY(1, 1, 5000, products[rnd.nextInt(PROMOTED)]);
                case 8 -> i % 400 == 8
                        ? new Reward.SpendThreshold(List.of(new Tier(10_000, 2_000), new Tier(20_000, 5_000)), true)
                        : new Reward.SpendThreshold(List.of(new Tier(3_000, 500)), false);
                default -> new Reward.PercentOff(1000);
            };
            if (r instanceof Reward.MemberPrice) {
                c = new Conditions(Set.of(first), Set.of(), Set.of(), 0, 0, false, true, Set.of(), Set.of(), Set.of());
            }
            if (r instanceof Reward.ComboPrice) {
                c = Conditions.anything();
            }
            Limits limits = new Limits(rnd.nextInt(5) == 0 ? 2 : 0, rnd.nextInt(5) == 0 ? 1_000 : 0, 0, 0, 0);
            Stacking stacking = new Stacking(rnd.nextInt(4) > 0, true, i % 10 == 9 ? "G" + (i % 7) : null,
                    rnd.nextInt(5));
            out.add(new Promotion(UUID.randomUUID(), String.format("PR%05d", i), "促销" + i, "Offer " + i, always, c,
                    r, limits, stacking));
        }
        return out;
    }
}
