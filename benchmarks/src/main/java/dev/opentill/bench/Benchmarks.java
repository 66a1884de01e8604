package dev.opentill.bench;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar <suite>}: runs a scenario benchmark and
 * prints one {@code figure <name> <value> <unit>} line per measured figure.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String suite = args.length == 0 ? "" : args[0];
        switch (suite) {
            case "till" -> TillBenchmark.run();
            case "year" -> YearBenchmark.run();
            case "peripherals" -> PeripheralsBenchmark.run();
            case "ui" -> UiBenchmark.run();
            case "sync" -> SyncBenchmark.run();
            case "promotions" -> {
                PromotionBenchmark.run();
                StoredValueBenchmark.run();
            }
            case "orders" -> OrdersBenchmark.run();
            case "eod" -> EodBenchmark.run();
            case "packaged" -> PackagedStartBenchmark.run();
            default -> {
                System.err.println(
                        "usage: java -jar benchmarks.jar till|year|peripherals|sync|ui|promotions|orders|eod|packaged");
                System.exit(2);
            }
        }
    }
}
