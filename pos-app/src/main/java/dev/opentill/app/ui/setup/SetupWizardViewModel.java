package dev.opentill.app.ui.setup;

import dev.opentill.app.setup.Setup;
import dev.opentill.app.setup.Setup.Identity;
import dev.opentill.app.setup.SetupException;
import dev.opentill.app.setup.SetupProgress;
import dev.opentill.app.setup.SetupStep;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.sync.EnrollmentQr;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The technician's setup wizard: language, enrollment (URL and code typed, or the centre's QR code
 * scanned into the URL field), the store and terminal the centre names with the catalog download,
 * the devices, and a summary that finishes only when a manager can log in. Each step goes through
 * {@link Setup}, which stores it, so the wizard opens again where it stopped.
 */
public final class SetupWizardViewModel {
    private final TaskRunner runner;
    private final Setup setup;
    private final Consumer<String> onLanguage;
    private final Runnable onFinished;
    private final DeviceStepViewModel devices;
    /** The language the view is in since the setup chose one (null before). */
    private String language;
    private final ReadOnlyObjectWrapper<SetupStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<Identity> identity = new ReadOnlyObjectWrapper<>(this, "identity");
    private final ReadOnlyDoubleWrapper catalogProgress = new ReadOnlyDoubleWrapper(this, "catalogProgress", 0);
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObservableList<UiText> summary = FXCollections.observableArrayList();
    private final Command chineseCommand;
    private final Command englishCommand;
    private final Command enrollCommand;
    private final Command confirmCommand;
    private final Command devicesDoneCommand;
    private final Command backCommand;
    private final Command finishCommand;

    public SetupWizardViewModel(TaskRunner runner, Setup setup, DeviceBench bench, Consumer<String> onLanguage,
            Runnable onFinished) {
        this.runner = runner;
        this.setup = setup;
        this.onLanguage = onLanguage;
        this.onFinished = onFinished;
        this.devices = new DeviceStepViewModel(runner, bench);
        var idle = Bindings.not(busy);
        chineseCommand = new Command(idle, () -> language("zh"));
        englishCommand = new Command(idle, () -> language("en"));
        enrollCommand = new Command(idle.and(url.isNotEmpty()), this::enroll);
        confirmCommand = new Command(idle.and(identity.isNotNull()), this::downloadCatalog);
        devicesDoneCommand = new Command(idle.and(Bindings.not(devices.busyProperty())), this::saveDevices);
        backCommand = new Command(idle, () -> work(() -> {
            setup.goTo(SetupStep.DEVICES);
            return setup.progress();
        }, this::show));
        finishCommand = new Command(idle, this::finish);
    }

    /** Reads where the setup stands and shows that step. */
    public void load() {
        work(setup::progress, this::show);
    }

    private void show(SetupProgress p) {
        if (p.language() != null && !p.language().equals(language)) {
            language = p.language();
            onLanguage.accept(language);
        }
        identity.set(p.identity());
        if (p.identity() != null) {
            url.set(p.identity().url());
        }
        devices.load(p.devices());
        summary.setAll(summaryOf(p));
        step.set(p.step() == SetupStep.DONE ? SetupStep.SUMMARY : p.step());
    }

    private void language(String chosen) {
        work(() -> {
            setup.chooseLanguage(chosen);
            return setup.progress();
        }, p -> {
            message.set(null);
            show(p);
            if (step.get() == SetupStep.LANGUAGE || step.get() == SetupStep.SUMMARY) {
                step.set(SetupStep.ENROLL);
            }
        });
    }

    private void enroll() {
        String typed = url.get().strip();
        String oneTimeCode = code.get();
        message.set(UiText.of("setup.enroll.working"));
        work(() -> typed.startsWith(EnrollmentQr.PREFIX)
                ? setup.enrollByQr(typed)
                : setup.enroll(typed, oneTimeCode), id -> {
                    identity.set(id);
                    url.set(id.url());
                    code.set("");
                    message.set(UiText.of("setup.enroll.confirm", id.storeCode(), id.terminalCode()));
                });
    }

    private void downloadCatalog() {
        catalogProgress.set(-1);
        message.set(UiText.of("setup.catalog.downloading"));
        work(() -> {
            Setup.CatalogResult r = setup.downloadCatalog(position -> runner.ui(() -> message.set(
                    UiText.of("setup.catalog.received", position))));
            return new Downloaded(r, setup.progress());
        }, done -> {
            catalogProgress.set(1);
            show(done.progress());
            step.set(SetupStep.DEVICES);
            message.set(done.result().ok()
                    ? UiText.of("setup.catalog.done", done.result().products())
                    : UiText.of("setup.catalog.later", done.result().error()));
        });
    }

    private record Downloaded(Setup.CatalogResult result, SetupProgress progress) {
    }

    private void saveDevices() {
        List<DeviceSetting> chosen;
        try {
            chosen = devices.chosen();
        } catch (IllegalArgumentException e) {
            message.set(UiText.of("setup.test.bad_setting", e.getMessage()));
            return;
        }
        work(() -> {
            setup.saveDevices(chosen);
            return setup.progress();
        }, p -> {
            message.set(null);
            show(p);
        });
    }

    /** Fetches the staff once more (a manager added at the centre meanwhile), then finishes. */
    private void finish() {
        message.set(UiText.of("setup.finish.checking"));
        work(() -> {
            setup.downloadCatalog(position -> {
            });
            setup.finish();
            return setup.progress();
        }, p -> {
            show(p);
            message.set(UiText.of("setup.finish.done"));
            onFinished.run();
        });
    }

    private List<UiText> summaryOf(SetupProgress p) {
        List<UiText> lines = new ArrayList<>();
        if (p.identity() != null) {
            lines.add(UiText.of("setup.summary.identity", p.identity().storeCode(), p.identity().terminalCode(),
                    p.identity().url()));
        }
        lines.add(UiText.of("setup.summary.products", p.products()));
        for (DeviceSetting d : p.devices()) {
            lines.add(UiText.of("setup.summary.device", UiText.of("setup.kind." + d.kind().key()), d.connection(),
                    d.model() == null ? "" : d.model()));
        }
        lines.add(UiText.of(p.managerCanLogIn() ? "setup.summary.manager_ok" : "setup.summary.manager_missing"));
        return lines;
    }

    private <T> void work(Callable<T> task, Consumer<T> onDone) {
        busy.set(true);
        runner.run(task, result -> {
            busy.set(false);
            onDone.accept(result);
        }, failure -> {
            busy.set(false);
            catalogProgress.set(catalogProgress.get() < 0 ? 0 : catalogProgress.get());
            message.set(failure instanceof SetupException e
                    ? new UiText("setup.error." + e.reason().name(), List.copyOf(e.args()))
                    : UiText.ofFailure(failure));
        });
    }

    public DeviceStepViewModel devices() {
        return devices;
    }

    public ReadOnlyObjectProperty<SetupStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Identity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    /** 0 before the download, -1 (indeterminate) while it runs, 1 when it is done. */
    public ReadOnlyDoubleProperty catalogProgressProperty() {
        return catalogProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The centre's URL, or the whole payload of its enrollment QR code as a scanner types it. */
    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObservableList<UiText> summary() {
        return FXCollections.unmodifiableObservableList(summary);
    }

    public Command chineseCommand() {
        return chineseCommand;
    }

    public Command englishCommand() {
        return englishCommand;
    }

    public Command enrollCommand() {
        return enrollCommand;
    }

    public Command confirmCommand() {
        return confirmCommand;
    }

    public Command devicesDoneCommand() {
        return devicesDoneCommand;
    }

    public Command backCommand() {
        return backCommand;
    }

    public Command finishCommand() {
        return finishCommand;
    }
}
