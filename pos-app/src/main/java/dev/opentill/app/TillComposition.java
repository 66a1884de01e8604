package dev.opentill.app;

import dev.opentill.app.demo.DemoCentral;
import dev.opentill.app.demo.DemoData;
import dev.opentill.app.demo.DemoStoreGenerator;
import dev.opentill.app.login.LoginService;
import dev.opentill.app.sale.DefaultTillService;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.devices.PeripheralDevices;
import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.shell.TillParts;
import dev.opentill.app.ui.status.ManualSyncStatus;
import dev.opentill.app.ui.status.SyncState;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.display.DisplayCommandSet;
import dev.opentill.peripherals.display.DisplayConfig;
import dev.opentill.peripherals.drawer.DrawerConfig;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scale.ScaleConfig;
import dev.opentill.peripherals.scanner.ScannerConfig;
import dev.opentill.sync.Enrollment;
import dev.opentill.sync.SyncAgent;
import dev.opentill.sync.SyncConfig;
import java.time.Clock;
import java.util.Locale;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The composition root: opens the store and builds the till's services, devices and sync status
 * into {@link TillParts}. The only place that picks implementations. Devices come from the
 * peripherals module (simulated unless a serial port is given). A till enrolled with a centre
 * runs the sync agent on its own threads; demo mode starts a central platform in-process first.
 */
public final class TillComposition implements AutoCloseable {
    public final TillStore store;
    public final DefaultTillService till;
    public final ManualSyncStatus sync = new ManualSyncStatus(new SyncState(false, 0, null));
    public final TillParts parts;
    private final PeripheralDevices peripherals;
    private final DemoCentral demoCentral;
    private final SyncAgent agent;

    /**
     * Opens the till over {@code options.dataDir()}. {@code seed} fills an empty store (tests; may
     * be null); {@code devices} replaces the configured devices (tests; may be null).
     */
    public TillComposition(TillOptions options, TaskRunner runner, Consumer<TillStore> seed, TillDevices devices) {
        if (options.demo()) {
            DemoData.createStore(options.dataDir().resolve("till"), DemoStoreGenerator.DEFAULT_PRODUCTS,
                    DemoStoreGenerator.DEFAULT_SEED, n -> { });
        }
        store = TillStore.open(options.dataDir().resolve("till"));
        if (seed != null && store.dsl().fetchCount(dev.opentill.store.jooq.Tables.CASHIER) == 0) {
            seed.accept(store);
        }
        TillConfig preliminary = TillConfig.load(store.dsl());
        demoCentral = options.demo() && devices == null
                ? DemoCentral.start(options.dataDir(), store, preliminary.storeCode(), preliminary.headerZh().name(),
                        preliminary.terminalCode())
                : null;
        agent = Enrollment.isEnrolled(store.dsl()) ? SyncAgent.create(store, SyncConfig.defaults()) : null;
        TillConfig config = TillConfig.load(store.dsl());
        Clock clock = Clock.systemDefaultZone();
        ZoneId zone = ZoneId.systemDefault();
        till = new DefaultTillService(store, config, clock, zone, BarcodeParser.withDefaultLayouts(), true);
        till.setOnlineCheck(() -> sync.current().online());
        if (agent != null) {
            Locale locale = options.locale();
            agent.addListener(st -> sync.set(new SyncState(st.online(), st.pendingCount(),
                    st.lastError() == null ? null : st.lastError().message(locale))));
            till.onSaleCompleted(e -> agent.nudge());
            // A pull that moved the feed may have brought tax rates or promotions: read them afresh.
            java.util.concurrent.atomic.AtomicLong feedSeen = new java.util.concurrent.atomic.AtomicLong(-1);
            agent.addListener(st -> {
                if (feedSeen.getAndSet(st.feedPosition()) != st.feedPosition()) {
                    till.catalog().refresh();
                }
            });
            agent.start();
        }
        LoginService logins = new LoginService(store, till.audit(), clock, LoginService.DEFAULT_MAX_ATTEMPTS,
                LoginService.DEFAULT_LOCKOUT);
        peripherals = devices == null ? openDevices(options) : null;
        TillDevices d = devices != null ? devices : peripherals.devices();
        parts = new TillParts(till, logins::login, logins::logout, till::setReceiptLocale, runner, d, sync, clock,
                zone, config.headerEn().name(), config.headerZh().name(), config.terminalCode(), options.locale());
    }

    private static PeripheralDevices openDevices(TillOptions o) {
        Connection sim = new Connection.Simulated();
        Connection printerLink = o.printerPort() == null ? sim : new Connection.Serial(SerialSettings.of(o.printerPort(), 9600));
        Connection scannerLink = o.scannerPort() == null ? sim : new Connection.Serial(SerialSettings.of(o.scannerPort(), 9600));
        ReceiptPrinter printer = Peripherals.printer(PrinterConfig.of("printer", printerLink, PrinterProfile.EPSON_80MM));
        return new PeripheralDevices(printer, Peripherals.drawer(DrawerConfig.viaPrinter("drawer"), printer),
                Peripherals.scanner(ScannerConfig.of("scanner", scannerLink)), Peripherals.scale(ScaleConfig.of("scale", sim)),
                Peripherals.display(DisplayConfig.of("display", sim, DisplayCommandSet.EPSON_DMD)));
    }

    @Override
    public void close() {
        if (agent != null) {
            agent.close();
        }
        if (demoCentral != null) {
            demoCentral.close();
        }
        if (peripherals != null) {
            peripherals.close();
        }
        store.close();
    }
}
