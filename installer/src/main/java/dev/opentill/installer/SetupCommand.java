package dev.opentill.installer;

import dev.opentill.app.SetupServices;
import dev.opentill.app.setup.Setup;
import dev.opentill.app.setup.SetupException;
import dev.opentill.app.setup.TillSetup;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code installer setup}: the whole of a till's setup as one command for mass roll-out. Every
 * device flag is checked before anything is written; the enrollment is one transaction (a refused
 * or unreachable centre leaves the till un-enrolled, and the same command can simply be run again);
 * the devices are saved in one transaction after it; the catalog is then fetched once. Run again on
 * a till already enrolled with the same centre, it skips the enrollment (the code is not sent
 * twice) and saves the same devices, so it is safe to repeat. The steps are those of the till's setup
 * wizard, through the same service ({@link TillSetup}); it finishes only once a manager can log in.
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
            TillSetup setup = SetupServices.open(store, Clock.systemUTC());
            try {
                return run(setup, o);
            } catch (SetupException e) {
                return refused(e, o);
            }
        }
    }

    private int run(TillSetup setup, SetupOptions o) {
        // Devices are checked before the code is spent; saveDevices checks them again as it saves.
        setup.checkDevices(o.devices());
        boolean wasEnrolled = setup.progress().identity() != null;
        Setup.Identity id = setup.enroll(o.central(), o.code());
        setup.chooseLanguage(text.locale().getLanguage().equals("zh") ? "zh" : "en");
        text.say(ExitCode.OK, wasEnrolled ? "setup.alreadyEnrolled" : "enroll.done", id.storeCode(), id.terminalCode(),
                id.url());
        Setup.CatalogResult catalog = setup.downloadCatalog(position -> {
        });
        if (catalog.ok()) {
            text.say(ExitCode.OK, "setup.catalog", catalog.products());
        } else {
            text.say(ExitCode.OK, "setup.catalog.later", catalog.error());
        }
        setup.saveDevices(o.devices());
        for (DeviceSetting d : o.devices()) {
            text.say(ExitCode.OK, "setup.device.saved", d.kind().key(), d.connection(),
                    d.model() == null ? "" : d.model());
            warnIfAbsent(d);
        }
        setup.finish();
        return text.say(ExitCode.OK, "setup.done");
    }

    private int refused(SetupException e, SetupOptions o) {
        if (e.getCause() instanceof SyncException s) {
            text.println(s.error().message(text.locale()));
        }
        List<String> a = e.args();
        return switch (e.reason()) {
            case CODE_REFUSED -> text.say(ExitCode.ENROLLMENT_REFUSED, "setup.enroll.refused");
            case UNREACHABLE -> text.say(ExitCode.UNREACHABLE, "setup.enroll.unreachable", o.central());
            case ENROLL_FAILED -> text.say(ExitCode.REFUSED, "setup.enroll.unreachable", o.central());
            case ENROLLED_ELSEWHERE -> text.say(ExitCode.REFUSED, "setup.enrolledElsewhere", a.get(0), a.get(1));
            case NEEDS_ENROLLMENT -> text.say(ExitCode.USAGE, "setup.needsEnrollment");
            case DEVICE_REFUSED -> text.say(ExitCode.REFUSED, "setup.device.refused", a.get(0) + ": " + a.get(1));
            case NO_MANAGER -> text.say(ExitCode.REFUSED, "setup.noManager", a.get(0));
            case BAD_QR -> text.say(ExitCode.USAGE, "setup.badFlag", "--qr (" + a.get(0) + ")");
        };
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
}
