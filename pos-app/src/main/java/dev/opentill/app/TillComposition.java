package dev.opentill.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import dev.opentill.sync.StoredValueCards;
import dev.opentill.app.tender.CentreStoredValue;
import dev.opentill.app.login.LoginOutcome;
import dev.opentill.app.login.LoginService;
import dev.opentill.app.login.PinChangeService;
import dev.opentill.app.ui.login.Authenticator;
import dev.opentill.app.store.StaffRepository;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.devices.ConfiguredDevices;
import dev.opentill.app.devices.LabelDevices;
import dev.opentill.app.ordering.CupLabelService;
import dev.opentill.app.ordering.CupLabels;
import dev.opentill.app.store.LabelSettings;
import dev.opentill.app.store.SaleReader;
import dev.opentill.peripherals.label.LabelPrinter;
import dev.opentill.peripherals.sim.SimulatedLabelPrinter;
import dev.opentill.app.devices.DeviceProbes;
import dev.opentill.app.health.HealthDesk;
import dev.opentill.app.devices.PeripheralBench;
import dev.opentill.app.devices.PeripheralDevices;
import dev.opentill.app.setup.TillSetup;
import dev.opentill.app.ui.setup.SetupParts;
import dev.opentill.peripherals.discovery.DeviceDiscovery;
import dev.opentill.app.store.DeviceConfigRepository;
import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.shell.TillOpening;
import dev.opentill.app.ui.shell.TillParts;
import dev.opentill.app.ui.status.ManualSyncStatus;
import dev.opentill.app.ui.status.SyncState;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.Enrollment;
import dev.opentill.sync.SyncAgent;
import dev.opentill.sync.SyncConfig;
import dev.opentill.sync.SyncStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The composition root: opens the store and builds the till's services, devices and sync status
 * into {@link TillParts}. The only place that picks implementations. Devices come from the
 * peripherals module as the till's {@code device_config} table sets them up (simulated where
 * nothing is set up); {@code --printer}/{@code --scanner} override them for development. A till enrolled with a centre
 * runs the sync agent on its own threads.
 */
public final class TillComposition implements TillOpening {
    /** How long the health screen waits for each device and each step to the centre. */
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);
    public final TillStore store;
    public final TillServices till;
    public final ManualSyncStatus sync = new ManualSyncStatus(new SyncState(false, 0, null));
    public final TillParts parts;
    private final PeripheralDevices peripherals;
    private final AutoCloseable companion;
    private final SyncAgent agent;
    private final SetupParts setupParts;
    /** Cup labels of made-to-order sales; null when the till was started without a label printer. */
    public final CupLabels labels;
    /** The simulated label printer when the till was started with {@code --label-printer=sim}. */
    public final SimulatedLabelPrinter labelSimulator;
    private final LabelPrinter labelPrinter;

    /**
     * Opens the till over {@code options.dataDir()}. {@code seed} fills an empty store (tests; may
     * be null); {@code devices} replaces the configured devices (tests; may be null).
     */
    public TillComposition(TillOptions options, TaskRunner runner, Consumer<TillStore> seed, TillDevices devices) {
        this(options, runner, seed, devices, null);
    }

    /**
     * Something started on the opened store before the sync agent and closed after it: the demo's
     * in-process central platform, which enrolls the till with itself.
     */
    public interface Companion {
        AutoCloseable start(TillOptions options, TillStore store, TillConfig config);
    }

    /** As above, with a {@code companion} started on the store (may be null). */
    public TillComposition(TillOptions options, TaskRunner runner, Consumer<TillStore> seed, TillDevices devices,
            Companion companion) {
        store = TillStore.open(options.dataDir().resolve("till"));
        if (seed != null && StaffRepository.noStaff(store)) {
            seed.accept(store);
        }
        TillConfig preliminary;
        try {
            preliminary = TillConfig.load(store.dsl());
        } catch (RuntimeException e) {
            store.close(); // a wrong setting: the Launcher explains it, the file is left closed
            throw e;
        }
        this.companion = companion == null ? null : companion.start(options, store, preliminary);
        agent = Enrollment.isEnrolled(store.dsl()) ? SyncAgent.create(store, SyncConfig.defaults()) : null;
        TillConfig config = TillConfig.load(store.dsl());
        Clock clock = Clock.systemDefaultZone();
        ZoneId zone = ZoneId.systemDefault();
        till = TillServices.open(store, config, clock, zone, BarcodeParser.withDefaultLayouts(), true);
        till.audit().checkAtStart(store);
        till.tender().setOnlineCheck(() -> sync.current().online());
        LabelDevices.Opened opened = options.labelPrinter() == null
                ? null
                : LabelDevices.open(options.labelPrinter(), LabelSettings.load(store.dsl(), "labels"));
        labelPrinter = opened == null ? null : opened.printer();
        labelSimulator = opened == null ? null : opened.simulator().orElse(null);
        labels = opened == null
                ? null
                : new CupLabelService(new SaleReader(store.dsl()), labelPrinter, zone, till.tender()::receiptLocale,
                        till.config().storeCode(), till.config().terminalCode());
        if (labels != null) {
            // After the commit, off the FX thread; a label printer fault never touches the sale.
            till.tender().onSaleCompleted(e -> {
                if (e.orderNumber() != null) {
                    labels.printSale(e.saleId());
                }
            });
        }
        if (agent != null) {
            Locale locale = options.locale();
            agent.addListener(st -> sync.set(state(st, locale)));
            till.tender().onSaleCompleted(e -> agent.nudge());
            StoredValueCards cards = new StoredValueCards(store.dsl(), SyncConfig.defaults());
            till.tender().setStoredValue(new CentreStoredValue(cards));
            reportStoredValue(cards);
            till.soldOut().onMarked(agent::nudge);
            till.delivery().onStep(agent::nudge);
            // A pull that moved the feed may have brought tax rates or promotions: read them afresh.
            AtomicLong feedSeen = new AtomicLong(-1);
            agent.addListener(st -> {
                if (feedSeen.getAndSet(st.feedPosition()) != st.feedPosition()) {
                    till.catalog().refresh();
                    // Delivery orders may have come (accepted here when the store says so) or been cancelled.
                    try {
                        till.delivery().acceptWaitingIfAutomatic();
                    } finally {
                        till.production().changedElsewhere();
                    }
                }
            });
            agent.start();
            agent.listenForDeliveries();
        }
        LoginService logins = till.logins();
        peripherals = devices == null ? openDevices(options, store, clock) : null;
        TillDevices d = devices != null ? devices : peripherals.devices();
        TillParts.Services services = new TillParts.Services(till.ticket(), till.authority(), till.selling(),
                till.lookup(),
                till.tender(), till.park(), till.returns(), till.members(), till.journal(), till.shifts(), till.cash(),
                till.ordering(), till.soldOut(), till.production(), till.delivery(),
                till.reports(), new HealthDesk(store, till.authority(), Clock.systemUTC(), HEALTH_TIMEOUT,
                        new DeviceProbes(HEALTH_TIMEOUT)::probe));
        PinChangeService pins = till.pins();
        Authenticator authenticator = new Authenticator() {
            @Override
            public LoginOutcome login(String loginCode, String pin) {
                return logins.login(loginCode, pin);
            }

            @Override
            public LoginOutcome changeTemporaryPin(String loginCode, String temporaryPin, String newPin) {
                return pins.changeTemporaryPin(loginCode, temporaryPin, newPin);
            }

            @Override
            public void resetPin(String staffCode, String managerCode, String managerPin, String newPin) {
                pins.resetByManager(staffCode, managerCode, managerPin, newPin);
            }
        };
        // Asked here, off the FX thread, once the demo's companion has had its chance to enroll the till.
        TillSetup setup = SetupServices.open(store, Clock.systemUTC());
        setupParts = setup.needsSetup()
                ? new SetupParts(setup, new PeripheralBench(DeviceDiscovery.Settings.defaults()), runner,
                        options.locale())
                : null;
        parts = new TillParts(services, authenticator, logins::logout, till.tender()::setReceiptLocale, runner, d, sync,
                clock,
                zone, config.headerEn().name(), config.headerZh().name(), config.terminalCode(), options.locale(),
                agent == null ? null : progress -> syncNow(agent, progress, options.locale()));
    }

    /** The manager's "sync now": one push and pull on the agent's thread, its states heard as it goes. */
    private static SyncState syncNow(SyncAgent agent, Consumer<SyncState> progress, Locale locale) {
        Consumer<SyncStatus> listener = st -> progress.accept(state(st, locale));
        agent.addListener(listener);
        try {
            return state(agent.syncNow(), locale);
        } finally {
            agent.removeListener(listener);
        }
    }

    private static SyncState state(SyncStatus st, Locale locale) {
        return new SyncState(st.online(), st.pendingCount(),
                st.lastError() == null ? null : st.lastError().message(locale));
    }

    /** The devices stored in the till's database, with the command line's development overrides. */
    private static PeripheralDevices openDevices(TillOptions o, TillStore store, Clock clock) {
        return ConfiguredDevices.open(new DeviceConfigRepository(store, clock).all(), o.printerPort(),
                o.scannerPort(), o.receiptPreview());
    }

    @Override
    public TillParts parts() {
        return parts;
    }

    @Override
    public SetupParts setupParts() {
        return setupParts;
    }

    @Override
    public void close() {
        if (agent != null) {
            agent.close();
        }
        if (companion != null) {
            try {
                companion.close();
            } catch (Exception e) {
                System.getLogger("till").log(System.Logger.Level.WARNING, "Closing " + companion + " failed", e);
            }
        }
        if (peripherals != null) {
            peripherals.close();
        }
        if (labelPrinter != null) {
            labelPrinter.close();
        }
        store.close();
    }

    /** Card movements whose answers were lost (offline spends, captures, refunds) go to the centre every 30 s. */
    private static void reportStoredValue(StoredValueCards cards) {
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "opentill-stored-value");
            t.setDaemon(true);
            return t;
        });
        reporter.scheduleWithFixedDelay(() -> {
            try {
                cards.report();
            } catch (RuntimeException e) {
                // tried again in 30 s; nothing is lost, the movements stay in the store
            }
        }, 5, 30, TimeUnit.SECONDS);
    }
}
