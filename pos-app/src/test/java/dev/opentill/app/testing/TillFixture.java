package dev.opentill.app.testing;

import static dev.opentill.store.jooq.Tables.CASHIER;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.TillConfig;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/** Opens a till over a store file the way the app does, signed in as the test cashier. */
public final class TillFixture {
    private TillFixture() {
    }

    public static TillServices open(TillStore store) {
        TillServices till = TillServices.open(store, TillConfig.load(store.dsl()), Clock.systemUTC(),
                ZoneId.of("Asia/Shanghai"), BarcodeParser.withDefaultLayouts(), true);
        till.authority().signIn(till.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        return till;
    }

    public static TillStore newStore(Path dir) {
        TillStore store = TillStore.open(dir.resolve("till"));
        TestStores.fill(store);
        return store;
    }
}
