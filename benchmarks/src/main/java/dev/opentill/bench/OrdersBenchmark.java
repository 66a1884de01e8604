package dev.opentill.bench;

import static dev.opentill.store.jooq.Tables.PRODUCT;

import dev.opentill.app.TillServices;
import dev.opentill.app.ordering.Ordering;
import dev.opentill.app.store.MenuRepository;
import dev.opentill.app.store.TillConfig;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.core.staff.Role;
import dev.opentill.core.tender.TenderType;
import dev.opentill.demo.DemoData;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.label.CupLabel;
import dev.opentill.peripherals.label.LabelConfig;
import dev.opentill.peripherals.label.LabelConfig.ChineseText;
import dev.opentill.peripherals.label.TsplEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * The made-to-order figures: a drink with four option groups added to the open ticket on the real
 * till service (priced from the menu tables, saved durably), and a cup label encoded as TSPL. The
 * disk's own sync write is measured in the same run, since durable latencies move with it.
 */
public final class OrdersBenchmark {
    static final int LINES = Integer.getInteger("bench.lines", 4_000);
    static final int LABELS = Integer.getInteger("bench.labels", 20_000);

    private OrdersBenchmark() {
    }

    public static void run() throws IOException {
        Path dir = Path.of(System.getProperty("bench.dir", "benchmarks/target/bench-data")).resolve("orders");
        Files.createDirectories(dir);
        Path storePath = dir.resolve("till-" + System.nanoTime());
        DemoData.createStore(storePath, 2_000, 7, done -> {
        });
        syncWrite(dir.resolve("sync-probe"));
        optionLines(storePath);
        labels();
        deliveries(dir);
    }

    /** The delivery-platform figures (issue 14, part B): kept apart in {@link DeliveryFigures}. */
    private static void deliveries(Path dir) throws IOException {
        try {
            DeliveryFigures.run(dir.resolve("delivery"));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void optionLines(Path storePath) {
        try (TillStore store = TillStore.open(storePath)) {
            TillServices till = TillServices.open(store, TillConfig.load(store.dsl()), Clock.systemUTC(),
                    ZoneId.systemDefault(), BarcodeParser.withDefaultLayouts(), true);
            till.authority().signIn(till.staff().anyWithRole(Role.CASHIER).orElseThrow());
            Money zero = Money.zero(till.config().currency());
            Money two = Money.ofMinor(200, till.config().currency());
            MenuRepository menus = new MenuRepository(store.dsl(), till.config().currency(), Clock.systemUTC());
            menus.saveGroup(group("SIZE", 1, 1, zero, two, Stacking.EXCLUSIVE));
            menus.saveGroup(group("SUGAR", 1, 1, zero, zero, Stacking.EXCLUSIVE));
            menus.saveGroup(group("ICE", 1, 1, zero, zero, Stacking.EXCLUSIVE));
            menus.saveGroup(group("TOP", 0, 3, two, two, Stacking.STACKABLE));
            Product drink = till.catalog().byId(store.dsl().select(PRODUCT.ID).from(PRODUCT)
                    .where(PRODUCT.SOLD_BY_WEIGHT.isFalse()).and(PRODUCT.ACTIVE.isTrue()).limit(1)
                    .fetchSingle(PRODUCT.ID)).orElseThrow();
            menus.attach(drink.id(), List.of("SIZE", "SUGAR", "ICE", "TOP"));
            Ordering ordering = till.ordering(); // the till's own, as the sale screen's picker calls it
            Random random = new Random(3);
            long[] adds = new long[LINES];
            long[] completes = new long[LINES / 4];
            for (int i = -400; i < LINES; i++) {
                List<OptionPick> picks = List.of(OptionPick.of("SIZE", random.nextBoolean() ? "A" : "B"),
                        OptionPick.of("SUGAR", "A"), OptionPick.of("ICE", random.nextBoolean() ? "A" : "B"),
                        OptionPick.of("TOP", random.nextBoolean() ? "A" : "B"));
                long t0 = System.nanoTime();
                ordering.addWithOptions(drink.id(), picks);
                if (i >= 0) {
                    adds[i] = System.nanoTime() - t0;
                }
                if ((i + 400) % 4 == 3) { // a four-cup order is paid and a fresh ticket opened
                    till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
                    long c0 = System.nanoTime();
                    till.tender().complete(); // with its order number and each line's options
                    if (i >= 0) {
                        completes[i / 4] = System.nanoTime() - c0;
                    }
                }
            }
            Figures.print("option_line_p50_ms", Figures.percentileMs(adds, 50), "ms");
            Figures.print("option_line_p99_ms", Figures.percentileMs(adds, 99), "ms");
            Figures.print("made_to_order_complete_p99_ms", Figures.percentileMs(completes, 99), "ms");
        }
    }

    private static OptionGroup group(String code, int min, int max, Money a, Money b, Stacking stacking) {
        return new OptionGroup(code, code, code, min, max, List.of(
                new MenuOption("A", code + "甲", code + " A", a, min > 0, stacking, null),
                new MenuOption("B", code + "乙", code + " B", b, false, stacking, null)));
    }

    private static void labels() {
        CupLabel label = new CupLabel("042", 2, 3, "珍珠奶茶", "大杯 / 半糖 / 少冰 / 珍珠 x2", "请多加冰块", "14:05",
                "美团外卖", "S0001-T01-042-2");
        LabelConfig font = LabelConfig.defaults("labels");
        LabelConfig bitmap = font.withChinese(ChineseText.BITMAP);
        long[] fontNanos = new long[LABELS];
        long[] bitmapNanos = new long[LABELS / 10];
        long sink = 0;
        for (int i = -2_000; i < LABELS; i++) {
            long t0 = System.nanoTime();
            sink += TsplEncoder.encode(label, font).length;
            if (i >= 0) {
                fontNanos[i] = System.nanoTime() - t0;
            }
        }
        for (int i = -200; i < bitmapNanos.length; i++) {
            long t0 = System.nanoTime();
            sink += TsplEncoder.encode(label, bitmap).length;
            if (i >= 0) {
                bitmapNanos[i] = System.nanoTime() - t0;
            }
        }
        Figures.print("label_encode_p50_ms", Figures.percentileMs(fontNanos, 50), "ms");
        Figures.print("label_encode_p99_ms", Figures.percentileMs(fontNanos, 99), "ms");
        Figures.print("label_encode_bitmap_p99_ms", Figures.percentileMs(bitmapNanos, 99), "ms");
        if (sink == 42) {
            System.out.println();
        }
    }

    /** A 4 KiB write forced to disk, as the H2 store's commit does: the floor under durable figures. */
    private static void syncWrite(Path file) throws IOException {
        long[] nanos = new long[500];
        ByteBuffer block = ByteBuffer.allocate(4096);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            for (int i = 0; i < nanos.length; i++) {
                block.clear();
                long t0 = System.nanoTime();
                ch.write(block, (long) (i % 64) * 4096);
                ch.force(false);
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Files.deleteIfExists(file);
        Figures.print("sync_write_4k_p50_ms", Figures.percentileMs(nanos, 50), "ms");
    }
}
