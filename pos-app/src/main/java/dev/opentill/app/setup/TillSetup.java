package dev.opentill.app.setup;

import dev.opentill.app.setup.SetupException.Reason;
import dev.opentill.app.store.DeviceConfigRepository;
import dev.opentill.app.store.SetupRepository;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.core.sync.EnrollmentQr;
import dev.opentill.core.sync.SyncProtocol.EnrollResponse;
import dev.opentill.sync.SyncError;
import dev.opentill.sync.SyncException;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The one setup service behind the wizard and {@code installer setup}. The order makes it safe:
 * devices are checked before anything is written, the enrollment is one transaction (a refused or
 * unreachable centre leaves the till un-enrolled, the code unspent where the centre never saw it),
 * the devices are saved in one transaction, and each completed step is stored so a restart resumes
 * at the next one. It finishes only when a manager can log in.
 */
public final class TillSetup implements Setup {
    private final SetupRepository records;
    private final DeviceConfigRepository devices;
    private final DeviceCheck check;
    private final CatalogSync catalog;

    public TillSetup(SetupRepository records, DeviceConfigRepository devices, DeviceCheck check, CatalogSync catalog) {
        this.records = records;
        this.devices = devices;
        this.check = check;
        this.catalog = catalog;
    }

    @Override
    public SetupProgress progress() {
        Identity identity = records.enrolled() ? identity() : null;
        return new SetupProgress(step(), records.setting(SetupRepository.LANGUAGE).orElse(null), identity,
                devices.all(), records.products(), records.aManagerCanLogIn());
    }

    @Override
    public boolean needsSetup() {
        SetupStep step = records.setting(SetupRepository.STEP).map(SetupStep::parse).orElse(null);
        if (step != null) {
            return step != SetupStep.DONE;
        }
        // A till set up before the wizard existed (or by the demo) sells; a bare one is set up first.
        return !records.enrolled() && !records.aManagerCanLogIn();
    }

    @Override
    public void chooseLanguage(String language) {
        if (!language.equals("zh") && !language.equals("en")) {
            throw new IllegalArgumentException("language " + language);
        }
        records.put(SetupRepository.LANGUAGE, language);
        advanceTo(SetupStep.ENROLL);
    }

    @Override
    public Identity enroll(String url, String code) {
        if (records.enrolled()) {
            Identity known = identity();
            if (url != null && !sameUrl(url, known.url())) {
                throw new SetupException(Reason.ENROLLED_ELSEWHERE, known.url(), url);
            }
            return known;
        }
        if (url == null || url.isBlank() || code == null || code.isBlank()) {
            throw new SetupException(Reason.NEEDS_ENROLLMENT);
        }
        try {
            EnrollResponse r = records.enroll(url.strip(), code.strip());
            return new Identity(r.storeCode(), r.terminalCode(), url.strip());
        } catch (SyncException e) {
            SyncError.Kind k = e.error().kind();
            if (k == SyncError.Kind.ENROLLMENT_REFUSED) {
                throw new SetupException(Reason.CODE_REFUSED, e, url);
            }
            boolean network = k == SyncError.Kind.UNREACHABLE || k == SyncError.Kind.SLOW
                    || k == SyncError.Kind.INTERRUPTED || k == SyncError.Kind.WRONG_URL;
            throw new SetupException(network ? Reason.UNREACHABLE : Reason.ENROLL_FAILED, e, url,
                    e.error().message(Locale.ENGLISH));
        }
    }

    @Override
    public Identity enrollByQr(String payload) {
        EnrollmentQr qr;
        try {
            qr = EnrollmentQr.parse(payload);
        } catch (IllegalArgumentException e) {
            throw new SetupException(Reason.BAD_QR, e, e.getMessage());
        }
        return enroll(qr.url(), qr.code());
    }

    @Override
    public CatalogResult downloadCatalog(LongConsumer received) {
        if (!records.enrolled()) {
            throw new SetupException(Reason.NEEDS_ENROLLMENT);
        }
        String language = records.setting(SetupRepository.LANGUAGE).orElse("zh");
        String error = catalog.run(language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, received);
        advanceTo(SetupStep.DEVICES);
        return new CatalogResult(records.products(), error);
    }

    /** Refuses the first device that cannot be built as given, writing nothing. */
    public void checkDevices(List<DeviceSetting> chosen) {
        String printerModel = chosen.stream().filter(d -> d.kind() == Kind.RECEIPT_PRINTER).findFirst()
                .map(DeviceSetting::model)
                .orElseGet(() -> devices.find(Kind.RECEIPT_PRINTER).map(DeviceSetting::model).orElse(null));
        for (DeviceSetting d : chosen) {
            try {
                check.check(d, printerModel);
            } catch (IllegalArgumentException e) {
                throw new SetupException(Reason.DEVICE_REFUSED, e, d.kind().key(), e.getMessage());
            }
        }
    }

    @Override
    public void saveDevices(List<DeviceSetting> chosen) {
        checkDevices(chosen);
        devices.save(chosen);
        advanceTo(SetupStep.SUMMARY);
    }

    @Override
    public void goTo(SetupStep step) {
        if (step == SetupStep.DONE || step.compareTo(step()) > 0) {
            throw new IllegalArgumentException("The setup cannot jump ahead to " + step);
        }
        records.put(SetupRepository.STEP, step.name());
    }

    @Override
    public void finish() {
        if (!records.enrolled()) {
            throw new SetupException(Reason.NEEDS_ENROLLMENT);
        }
        if (!records.aManagerCanLogIn()) {
            throw new SetupException(Reason.NO_MANAGER, identity().storeCode());
        }
        records.put(SetupRepository.STEP, SetupStep.DONE.name());
    }

    private SetupStep step() {
        return records.setting(SetupRepository.STEP).map(SetupStep::parse).orElse(SetupStep.LANGUAGE);
    }

    /** Stores {@code next} unless the setup is already past it (a rerun never moves it back). */
    private void advanceTo(SetupStep next) {
        if (step().compareTo(next) < 0) {
            records.put(SetupRepository.STEP, next.name());
        }
    }

    private Identity identity() {
        return new Identity(records.setting("store.code").orElse(""), records.setting("terminal.code").orElse(""),
                records.setting("sync.url").orElse(""));
    }

    private static boolean sameUrl(String a, String b) {
        return b != null && strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        String s = url.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
