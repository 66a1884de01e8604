package dev.opentill.demo;

import dev.opentill.app.QuietLibraries;
import dev.opentill.migrations.StoreOpenException;
import dev.opentill.migrations.TillStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.h2.mvstore.MVStoreTool;

/**
 * Command line: {@code DemoData <store-path> [--products N] [--seed S]} opens (creating and
 * migrating) the till store at {@code store-path} and, if it has no catalog yet, fills it with the
 * demo store. The path is the H2 base name: {@code data/till} makes {@code data/till.mv.db}.
 */
public final class DemoData {
    static final String MV_SUFFIX = ".mv.db";

    private DemoData() {
    }

    public static void main(String[] args) {
        QuietLibraries.apply();
        try {
            Options options = Options.parse(args);
            System.exit(run(options));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: DemoData <store-path> [--products N] [--seed S]");
            System.exit(2);
        } catch (StoreOpenException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    static int run(Options options) {
        System.out.printf("Filling %s with %,d demo products (seed %d)...%n", options.store(), options.products(),
                options.seed());
        long step = Math.max(DemoStoreGenerator.CHUNK, options.products() / 10);
        Optional<DemoSummary> summary = createStore(options.store(), options.products(), options.seed(), done -> {
            if (done % step == 0 && done < options.products()) {
                System.out.printf("  %,d products%n", done);
            }
        });
        if (summary.isEmpty()) {
            System.out.println("The store " + options.store() + " already holds a catalog; nothing was added.");
            return 0;
        }
        System.out.println(summary.get().describe());
        System.out.printf("  peak heap used %d MB of %d MB%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        printKnownItems();
        return 0;
    }

    /**
     * Opens (creating and migrating) the till store at {@code store}, fills it with the demo store
     * if it has no catalog yet, closes it and compacts its file. Empty if the store already had a
     * catalog. The store must not be open elsewhere.
     */
    public static Optional<DemoSummary> createStore(Path store, long products, long seed, LongConsumer progress) {
        DemoSummary summary;
        Path file;
        try (TillStore till = TillStore.open(store)) {
            if (!DemoStoreGenerator.isEmpty(till.dsl())) {
                return Optional.empty();
            }
            summary = new DemoStoreGenerator(till.dsl()).generate(products,
                    DemoStoreGenerator.defaultMembers(products), seed, progress);
            till.syncToDisk();
            file = Path.of(till.file() + MV_SUFFIX);
        }
        // H2 appends every commit to the file and leaves the old copies of pages behind: a million
        // products make ~3 GB of which ~0.4 GB is live. Copying the live pages takes seconds.
        MVStoreTool.compact(file.toString(), false);
        return Optional.of(summary);
    }

    private static void printKnownItems() {
        System.out.println("Staff logins (login code / PIN):");
        for (DemoCatalog.DemoLogin l : DemoCatalog.LOGINS) {
            System.out.printf("  %s / %s  %s %s%s%n", l.loginCode(), l.pin(), l.role(), l.name(),
                    l.active() ? "" : " (inactive)");
        }
        System.out.println("Barcodes to try:");
        System.out.printf("  %s  %s (promotion %d fen)%n", DemoCatalog.COLA.barcodes().get(0),
                DemoCatalog.COLA.nameEn(),
                DemoCatalog.COLA_PROMO_PRICE_MINOR);
        System.out.printf("  %s  %s (UPC-A)%n", DemoCatalog.OAT_BAR_UPC_A, DemoCatalog.OAT_BAR.nameEn());
        System.out.printf("  %s  %s, 350 g%n", DemoCatalog.CASHEWS_350G_LABEL, DemoCatalog.CASHEWS.nameEn());
        System.out.printf("  %s  %s, 7.90 yuan%n", DemoCatalog.APPLES_790_LABEL, DemoCatalog.APPLES.nameEn());
        System.out.printf("Member card %s, phone %s%n", DemoCatalog.MEMBER.cardNo(), DemoCatalog.MEMBER.phone());
    }

    /** Sum of the heap pools' peak usage since start: an upper bound on the most heap the run held. */
    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    record Options(Path store, long products, long seed) {
        static Options parse(String[] args) {
            Path store = null;
            long products = DemoStoreGenerator.DEFAULT_PRODUCTS;
            long seed = DemoStoreGenerator.DEFAULT_SEED;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--products" -> products = number(args, ++i, "--products");
                    case "--seed" -> seed = number(args, ++i, "--seed");
                    default -> {
                        if (args[i].startsWith("--") || store != null) {
                            throw new IllegalArgumentException("Unexpected argument: " + args[i]);
                        }
                        store = Path.of(args[i]);
                    }
                }
            }
            if (store == null) {
                throw new IllegalArgumentException("Give the store path, e.g. data/till");
            }
            if (products < DemoCatalog.PRODUCTS.size() || products > 10_000_000) {
                throw new IllegalArgumentException("--products must be between " + DemoCatalog.PRODUCTS.size()
                        + " and 10,000,000, not " + products);
            }
            return new Options(store, products, seed);
        }

        private static long number(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a number");
            }
            try {
                return Long.parseLong(args[i].replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " needs a number, not '" + args[i] + "'");
            }
        }
    }
}
