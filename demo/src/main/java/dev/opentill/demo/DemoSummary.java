package dev.opentill.demo;

import java.time.Duration;

/** What {@link DemoStoreGenerator} put into the store, and how long it took. */
public record DemoSummary(int taxClasses, int categories, long products, long weighedProducts, long barcodes,
        long priceEntries, long stockBalances, int cashiers, long members, int settings, long seed, Duration elapsed) {

    /** A few lines for the console. */
    public String describe() {
        return String.format("""
                Demo store (seed %d) made in %.1f s:
                  %,d products (%,d sold by weight) with %,d barcodes, %,d store prices, %,d stock balances
                  %d categories, %d tax classes, %d staff logins, %,d members, %d settings""",
                seed, elapsed.toMillis() / 1000.0, products, weighedProducts, barcodes, priceEntries, stockBalances,
                categories, taxClasses, cashiers, members, settings);
    }
}
