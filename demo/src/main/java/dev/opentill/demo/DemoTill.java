package dev.opentill.demo;

import dev.opentill.app.TillComposition;
import dev.opentill.app.TillOptions;
import dev.opentill.app.ui.common.TaskRunner;

/**
 * The till as {@code ./till} runs it: the demo store generated in the data folder on first start,
 * simulated devices, and the reference central platform in-process with the till enrolled.
 */
public final class DemoTill {
    private DemoTill() {
    }

    public static TillComposition open(TillOptions options, TaskRunner runner) {
        DemoData.createStore(options.dataDir().resolve("till"), DemoStoreGenerator.DEFAULT_PRODUCTS,
                DemoStoreGenerator.DEFAULT_SEED, n -> {
                });
        return new TillComposition(options, runner, null, null,
                (o, store, config) -> DemoCentral.start(o.dataDir(), store,
                        config.storeCode(), config.headerZh().name(), config.terminalCode()));
    }
}
