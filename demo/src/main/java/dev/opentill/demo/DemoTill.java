package dev.opentill.demo;

import dev.opentill.app.TillComposition;
import dev.opentill.app.TillOptions;
import dev.opentill.app.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The till as {@code ./till} runs it: the demo store generated in the data folder on first start,
 * simulated devices whose printed receipts appear in a preview window, and the reference central
 * platform in-process with the till enrolled.
 */
public final class DemoTill {
    private DemoTill() {
    }

    /**
     * Whether {@code dataDir} holds a till that the demo did not make, such as an installed till's
     * {@code /var/lib/opentill}: a store but not the demo centre beside it. Demo mode must not touch
     * such a till (it would enroll it with the in-process centre), so {@code ./till} opens it as the
     * package's launcher does.
     */
    public static boolean isOtherTill(Path dataDir) {
        return Files.exists(dataDir.resolve("till" + DemoData.MV_SUFFIX))
                && !Files.isDirectory(dataDir.resolve(DemoCentral.FOLDER));
    }

    public static TillComposition open(TillOptions options, TaskRunner runner) {
        DemoData.createStore(options.dataDir().resolve("till"), DemoStoreGenerator.DEFAULT_PRODUCTS,
                DemoStoreGenerator.DEFAULT_SEED, n -> {
                });
        // The demo prints cup labels on the simulated TSPL printer unless another one is named.
        TillOptions demo = options.labelPrinter() == null ? options.withLabelPrinter("sim") : options;
        return new TillComposition(demo.withReceiptPreview(), runner, null, null,
                (o, store, config) -> DemoCentral.start(o.dataDir(), store,
                        config.storeCode(), config.headerZh().name(), config.terminalCode()));
    }
}
