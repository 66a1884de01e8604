package dev.opentill.app.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.setup.Setup;
import dev.opentill.app.setup.SetupException;
import dev.opentill.app.setup.SetupProgress;
import dev.opentill.app.setup.SetupStep;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.setup.DeviceBench.BenchResult;
import dev.opentill.app.ui.setup.DeviceBench.FoundDevice;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

class SetupWizardViewModelTest {
    private static final String QR = "opentill:enroll?url=http%3A%2F%2Fcentre.test%3A8080&code=ABCD-EFGH-JKLM";

    private final FakeSetup setup = new FakeSetup();
    private final FakeBench bench = new FakeBench();
    private final List<String> languages = new ArrayList<>();
    private final int[] finished = new int[1];

    private SetupWizardViewModel open() {
        SetupWizardViewModel vm = new SetupWizardViewModel(new DirectTaskRunner(), setup, bench, languages::add,
                () -> finished[0]++);
        vm.load();
        return vm;
    }

    @Test
    void aScannedQrCodeEnrollsShowsTheCentresNamesAndTheDownloadMovesOnToTheDevices() {
        SetupWizardViewModel vm = open();
        assertThat(vm.stepProperty().get()).isEqualTo(SetupStep.LANGUAGE);
        vm.chineseCommand().execute();
        assertThat(languages).containsExactly("zh");
        assertThat(vm.stepProperty().get()).isEqualTo(SetupStep.ENROLL);
        assertThat(vm.confirmCommand().isExecutable()).isFalse();

        vm.urlProperty().set(QR);
        vm.enrollCommand().execute();

        assertThat(setup.enrolledWith).isEqualTo(QR);
        assertThat(vm.identityProperty().get().terminalCode()).isEqualTo("S1-T01");
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("setup.enroll.confirm", "S1", "S1-T01"));
        assertThat(vm.stepProperty().get()).as("waits for the confirmation").isEqualTo(SetupStep.ENROLL);

        vm.confirmCommand().execute();

        assertThat(vm.catalogProgressProperty().get()).isEqualTo(1.0);
        assertThat(vm.stepProperty().get()).isEqualTo(SetupStep.DEVICES);
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("setup.catalog.done", 3000));
    }

    @Test
    void aRefusedCodeSaysWhyAndStaysOnTheEnrollmentUnenrolled() {
        setup.refuse = new SetupException(SetupException.Reason.CODE_REFUSED, "http://centre.test");
        SetupWizardViewModel vm = open();
        vm.englishCommand().execute();
        vm.urlProperty().set("http://centre.test");
        vm.codeProperty().set("WRON-GCOD-E000");

        vm.enrollCommand().execute();

        assertThat(vm.messageProperty().get().key()).isEqualTo("setup.error.CODE_REFUSED");
        assertThat(vm.identityProperty().get()).isNull();
        assertThat(vm.stepProperty().get()).isEqualTo(SetupStep.ENROLL);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theDevicesChosenAreSavedAndTheSummaryRefusesToFinishUntilAManagerCanLogIn() {
        setup.step = SetupStep.DEVICES;
        setup.identity = new Setup.Identity("S1", "S1-T01", "http://centre.test");
        SetupWizardViewModel vm = open();
        assertThat(vm.stepProperty().get()).as("resumes where it stopped").isEqualTo(SetupStep.DEVICES);
        vm.devices().connectionProperty(Kind.RECEIPT_PRINTER).set("serial:/dev/ttyUSB0?baud=19200");
        vm.devices().optionProperty(Kind.RECEIPT_PRINTER).set("epson-tm-t88v");
        vm.devices().optionProperty(Kind.DRAWER).set("5");
        vm.devices().connectionProperty(Kind.SCANNER).set("");

        vm.devicesDoneCommand().execute();

        assertThat(setup.devices).as("the drawer on the printer is filled in; the scanner was cleared").containsExactly(
                new DeviceSetting(Kind.RECEIPT_PRINTER, "serial:/dev/ttyUSB0?baud=19200", "epson-tm-t88v", null, null),
                new DeviceSetting(Kind.DRAWER, "printer", null, null, 5));
        assertThat(vm.stepProperty().get()).isEqualTo(SetupStep.SUMMARY);
        assertThat(vm.summary()).contains(UiText.of("setup.summary.manager_missing"));

        vm.finishCommand().execute();

        assertThat(finished[0]).isZero();
        assertThat(vm.messageProperty().get().key()).isEqualTo("setup.error.NO_MANAGER");
        assertThat(setup.step).isEqualTo(SetupStep.SUMMARY);

        setup.manager = true;
        vm.finishCommand().execute();

        assertThat(finished[0]).isEqualTo(1);
        assertThat(setup.step).isEqualTo(SetupStep.DONE);
    }

    @Test
    void aResumedSetupShowsTheDevicesSavedBefore() {
        setup.step = SetupStep.SUMMARY;
        setup.identity = new Setup.Identity("S1", "S1-T01", "http://centre.test");
        setup.devices = List.of(new DeviceSetting(Kind.SCANNER, "keyboard", null, null, null));

        SetupWizardViewModel vm = open();

        assertThat(vm.stepProperty().get()).isEqualTo(SetupStep.SUMMARY);
        assertThat(vm.devices().connectionProperty(Kind.SCANNER).get()).isEqualTo("keyboard");
        assertThat(vm.devices().connectionProperty(Kind.DRAWER).get()).as("not saved, so not shown").isEmpty();
        assertThat(vm.summary()).contains(UiText.of("setup.summary.device", UiText.of("setup.kind.scanner"),
                "keyboard", ""));
        vm.backCommand().execute();
        assertThat(vm.stepProperty().get()).isEqualTo(SetupStep.DEVICES);
    }

    @Test
    void eachDeviceTestShowsWhatTheBenchFoundAndAKeyboardScannerIsTestedByScanningIntoTheWizard() {
        DeviceStepViewModel vm = new DeviceStepViewModel(new DirectTaskRunner(), bench);
        vm.connectionProperty(Kind.SCALE).set("serial:/dev/ttyUSB2?baud=9600&mode=7E1");
        vm.test(Kind.SCALE);
        assertThat(vm.resultProperty(Kind.SCALE).get().passed()).isTrue();
        assertThat(bench.tested.kind()).isEqualTo(Kind.SCALE);

        vm.test(Kind.CUSTOMER_DISPLAY);
        assertThat(vm.resultProperty(Kind.CUSTOMER_DISPLAY).get().text()).isEqualTo(
                UiText.of("setup.test.nothing_set"));

        vm.connectionProperty(Kind.SCANNER).set("keyboard");
        vm.test(Kind.SCANNER);
        assertThat(vm.awaitingKeyboardScanProperty().get()).isTrue();
        vm.keyboardScan("6901234567892");
        assertThat(vm.resultProperty(Kind.SCANNER).get()).isEqualTo(
                new BenchResult(true, UiText.of("setup.test.scanned", "6901234567892")));
        assertThat(vm.awaitingKeyboardScanProperty().get()).isFalse();
    }

    @Test
    void theOnlyPrinterThatAnsweredIsFilledInAsTheReceiptPrinter() {
        DeviceStepViewModel vm = new DeviceStepViewModel(new DirectTaskRunner(), bench);
        bench.found = List.of(new FoundDevice("serial:/dev/ttyS0?baud=9600", "", "SILENT"),
                new FoundDevice("serial:/dev/ttyUSB0?baud=19200", "usb-EPSON", "PRINTER"));

        vm.discoverCommand().execute();

        assertThat(vm.connectionProperty(Kind.RECEIPT_PRINTER).get()).isEqualTo("serial:/dev/ttyUSB0?baud=19200");
        assertThat(vm.messageProperty().get())
                .isEqualTo(UiText.of("setup.devices.found_printer", 2, "serial:/dev/ttyUSB0?baud=19200"));
    }

    @Test
    void noPrinterIsFilledInWhenTwoAnsweredOrOneIsSetAlready() {
        DeviceStepViewModel two = new DeviceStepViewModel(new DirectTaskRunner(), bench);
        bench.found = List.of(new FoundDevice("serial:/dev/ttyUSB0?baud=19200", "usb-EPSON", "PRINTER"),
                new FoundDevice("serial:/dev/ttyUSB1?baud=19200", "usb-XPRINTER", "PRINTER"));
        two.discoverCommand().execute();
        assertThat(two.connectionProperty(Kind.RECEIPT_PRINTER).get()).isEmpty();
        assertThat(two.messageProperty().get()).isEqualTo(UiText.of("setup.devices.found", 2));

        DeviceStepViewModel set = new DeviceStepViewModel(new DirectTaskRunner(), bench);
        set.connectionProperty(Kind.RECEIPT_PRINTER).set("tcp:192.168.1.50:9100");
        bench.found = List.of(new FoundDevice("serial:/dev/ttyUSB0?baud=19200", "usb-EPSON", "PRINTER"));
        set.discoverCommand().execute();
        assertThat(set.connectionProperty(Kind.RECEIPT_PRINTER).get()).isEqualTo("tcp:192.168.1.50:9100");
    }

    @Test
    void aFoundDeviceIsAssignedToTheKindChosen() {
        DeviceStepViewModel vm = new DeviceStepViewModel(new DirectTaskRunner(), bench);
        bench.found = List.of(new FoundDevice("serial:/dev/ttyUSB0?baud=19200", "usb-EPSON", "SILENT"));
        vm.discoverCommand().execute();
        assertThat(vm.found()).hasSize(1);
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("setup.devices.found", 1));

        vm.assign(vm.found().get(0), Kind.RECEIPT_PRINTER);

        assertThat(vm.chosen()).containsExactly(
                new DeviceSetting(Kind.RECEIPT_PRINTER, "serial:/dev/ttyUSB0?baud=19200", null, null, null),
                new DeviceSetting(Kind.DRAWER, "printer", null, null, null),
                new DeviceSetting(Kind.SCANNER, "keyboard", null, null, null));
    }

    private static final class FakeSetup implements Setup {
        SetupStep step = SetupStep.LANGUAGE;
        String language;
        Identity identity;
        List<DeviceSetting> devices = List.of();
        boolean manager;
        String enrolledWith;
        SetupException refuse;

        @Override
        public SetupProgress progress() {
            return new SetupProgress(step, language, identity, devices, identity == null ? 0 : 3000, manager);
        }

        @Override
        public boolean needsSetup() {
            return step != SetupStep.DONE;
        }

        @Override
        public void chooseLanguage(String chosen) {
            language = chosen;
            step = step.compareTo(SetupStep.ENROLL) < 0 ? SetupStep.ENROLL : step;
        }

        @Override
        public Identity enroll(String url, String code) {
            if (refuse != null) {
                throw refuse;
            }
            enrolledWith = url + " " + code;
            identity = new Identity("S1", "S1-T01", url);
            return identity;
        }

        @Override
        public Identity enrollByQr(String payload) {
            enrolledWith = payload;
            identity = new Identity("S1", "S1-T01", "http://centre.test:8080");
            return identity;
        }

        @Override
        public CatalogResult downloadCatalog(LongConsumer received) {
            received.accept(42);
            step = step.compareTo(SetupStep.DEVICES) < 0 ? SetupStep.DEVICES : step;
            return new CatalogResult(3000, null);
        }

        @Override
        public void saveDevices(List<DeviceSetting> chosen) {
            devices = List.copyOf(chosen);
            step = SetupStep.SUMMARY;
        }

        @Override
        public void goTo(SetupStep to) {
            step = to;
        }

        @Override
        public void finish() {
            if (!manager) {
                throw new SetupException(SetupException.Reason.NO_MANAGER, "S1");
            }
            step = SetupStep.DONE;
        }
    }

    private static final class FakeBench implements DeviceBench {
        DeviceSetting tested;
        List<FoundDevice> found = List.of(new FoundDevice("serial:/dev/ttyUSB0?baud=19200", "usb-EPSON", "PRINTER"));

        @Override
        public List<FoundDevice> discover(boolean network) {
            return found;
        }

        @Override
        public List<String> models(Kind kind) {
            return List.of();
        }

        @Override
        public BenchResult test(DeviceSetting device, DeviceSetting printer, Duration wait) {
            tested = device;
            return new BenchResult(true, UiText.of("setup.test.weighed", "1.250", "kg", "STABLE"));
        }
    }
}
