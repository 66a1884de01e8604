package dev.opentill.app;

import dev.opentill.app.login.LoginService;
import dev.opentill.app.sale.DefaultTillService;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.devices.SimulatedDevices;
import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.shell.TillParts;
import dev.opentill.app.ui.status.ManualSyncStatus;
import dev.opentill.app.ui.status.SyncState;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.migrations.TillStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The composition root: opens the store and builds the till's services, devices and sync status
 * into {@link TillParts}. The only place that picks implementations; devices and sync are
 * simulated until adapters over the peripherals module and the sync agent plug in here.
 */
public final class TillComposition implements AutoCloseable {
    public final TillStore store;
    public final DefaultTillService till;
    public final SimulatedDevices simulated = new SimulatedDevices();
    public final ManualSyncStatus sync = new ManualSyncStatus(new SyncState(false, 0, null));
    public final TillParts parts;

    /**
     * Opens the till over {@code options.dataDir()}. {@code seed} fills an empty store (demo data,
     * tests); it may be null.
     */
    public TillComposition(TillOptions options, TaskRunner runner, Consumer<TillStore> seed) {
        store = TillStore.open(options.dataDir().resolve("till"));
        if (seed != null && store.dsl().fetchCount(dev.opentill.store.jooq.Tables.CASHIER) == 0) {
            seed.accept(store);
        }
        TillConfig config = TillConfig.load(store.dsl());
        Clock clock = Clock.systemDefaultZone();
        ZoneId zone = ZoneId.systemDefault();
        till = new DefaultTillService(store, config, clock, zone, BarcodeParser.withDefaultLayouts(), true);
        till.setOnlineCheck(() -> sync.current().online());
        LoginService logins = new LoginService(store, till.audit(), clock, LoginService.DEFAULT_MAX_ATTEMPTS,
                LoginService.DEFAULT_LOCKOUT);
        TillDevices devices = TillDevices.simulated(simulated);
        parts = new TillParts(till, logins::login, logins::logout, till::setReceiptLocale, runner, devices, sync, clock,
                zone, config.headerEn().name(), config.headerZh().name(), config.terminalCode(), options.locale());
    }

    @Override
    public void close() {
        store.close();
    }
}
