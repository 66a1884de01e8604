package dev.opentill.installer;

import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.app.devices.DeviceConfigs;
import dev.opentill.app.store.DeviceConfigRepository;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.sync.Enrollment;
import dev.opentill.sync.SyncAgent;
import dev.opentill.sync.SyncConfig;
import dev.opentill.sync.SyncError;
import dev.opentill.sync.SyncException;
import dev.opentill.sync.SyncStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code installer setup}: the whole of a till's setup as one command for mass roll-out. Every
 * device flag is checked before anything is written; the enrollment is one transaction (a refused
 * or unreachable centre leaves the till un-enrolled, and the same command can simply be run again);
 * the devices are saved in one transaction after it; the catalog is then fetched once. Run again on
 * a till already enrolled with the same centre, it skips the enrollment (the code is not sent
 * twice) and saves the same devices, so it is safe to repeat.
 */
final class SetupCommand {
    private final Path data;
    private final Texts text;

    SetupCommand(Path data, Texts text) {
        this.data = data;
        this.text = text;
    }

    int run(String[] args) {
        SetupOptions o;
        try {
            o = SetupOptions.parse(args);
        } catch (SetupOptions.BadFlag e) {
            text.say(ExitCode.USAGE, "setup.badFlag", e.getMessage());
            return text.say(ExitCode.USAGE, "setup.usage");
        } catch (IllegalArgumentException e) {
            return text.say(ExitCode.REFUSED, "setup.device.refused", e.getMessage());
        }
        try (TillStore store = TillStore.open(data.resolve("till"))) {
            DeviceConfigRepository devices = new DeviceConfigRepository(store, Clock.systemUTC());
            String printerModel = o.printerModel() != null
                    ? o.printerModel()
                    : devices.find(Kind.RECEIPT_PRINTER).map(DeviceSetting::model).orElse(null);
            for (DeviceSetting d : o.devices()) {
                try {
                    DeviceConfigs.check(d, printerModel);
                } catch (DeviceConfigException | IllegalArgumentException e) {
                    return text.say(ExitCode.REFUSED, "setup.device.refused", d.kind().key() + ": " + e.getMessage());
                }
            }
            int enrolled = enroll(store, o);
            if (enrolled != ExitCode.OK) {
                return enrolled;
            }
            devices.save(o.devices());
            for (DeviceSetting d : o.devices()) {
                text.say(ExitCode.OK, "setup.device.saved", d.kind().key(), d.connection(),
                        d.model() == null ? "" : d.model());
                warnIfAbsent(d);
            }
            firstSync(store);
            return text.say(ExitCode.OK, "setup.done");
        }
    }

    private int enroll(TillStore store, SetupOptions o) {
        if (Enrollment.isEnrolled(store.dsl())) {
            String url = setting(store, "sync.url");
            if (o.central() != null && !sameUrl(o.central(), url)) {
                return text.say(ExitCode.REFUSED, "setup.enrolledElsewhere", url, o.central());
            }
            return text.say(ExitCode.OK, "setup.alreadyEnrolled", setting(store, "store.code"),
                    setting(store, "terminal.code"), url);
        }
        if (o.central() == null || o.code() == null) {
            return text.say(ExitCode.USAGE, "setup.needsEnrollment");
        }
        try {
            var r = Enrollment.enroll(store.dsl(), o.central(), o.code(), "till");
            store.syncToDisk();
            return text.say(ExitCode.OK, "enroll.done", r.storeCode(), r.terminalCode());
        } catch (SyncException e) {
            text.println(e.error().message(text.locale()));
            SyncError.Kind k = e.error().kind();
            if (k == SyncError.Kind.ENROLLMENT_REFUSED) {
                return text.say(ExitCode.ENROLLMENT_REFUSED, "setup.enroll.refused");
            }
            boolean network = k == SyncError.Kind.UNREACHABLE || k == SyncError.Kind.SLOW
                    || k == SyncError.Kind.INTERRUPTED || k == SyncError.Kind.WRONG_URL;
            return text.say(network ? ExitCode.UNREACHABLE : ExitCode.REFUSED, "setup.enroll.unreachable",
                    o.central());
        }
    }

    /** One push and pull, so the catalog is there for the first sale; a failure is left to the till's sync agent. */
    private void firstSync(TillStore store) {
        SyncAgent agent = SyncAgent.create(store, SyncConfig.defaults());
        try {
            SyncStatus s = agent.syncNow();
            if (s.lastError() == null) {
                text.say(ExitCode.OK, "setup.catalog", store.dsl().fetchCount(PRODUCT));
            } else {
                text.say(ExitCode.OK, "setup.catalog.later", s.lastError().message(text.locale()));
            }
        } catch (RuntimeException e) {
            text.say(ExitCode.OK, "setup.catalog.later", e.getMessage());
        } finally {
            agent.close();
        }
    }

    private void warnIfAbsent(DeviceSetting d) {
        String c = d.connection();
        String path = c.startsWith("serial:")
                ? c.substring(7).split("\\?")[0]
                : c.startsWith("file:")
                        ? c.substring(5)
                        : null;
        if (path != null && path.startsWith("/") && !Files.exists(Path.of(path))) {
            text.say(ExitCode.OK, "setup.device.absent", d.kind().key(), path);
        }
    }

    private static boolean sameUrl(String a, String b) {
        return b != null && strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String setting(TillStore store, String key) {
        return store.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq(key));
    }
}
