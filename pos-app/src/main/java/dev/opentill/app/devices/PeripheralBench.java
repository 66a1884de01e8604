package dev.opentill.app.devices;

import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.setup.DeviceBench;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.discovery.Candidate;
import dev.opentill.peripherals.discovery.DeviceDiscovery;
import dev.opentill.peripherals.discovery.NetworkScan;
import dev.opentill.peripherals.display.CustomerDisplay;
import dev.opentill.peripherals.drawer.CashDrawer;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterModels;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scale.Scale;
import dev.opentill.peripherals.scale.WeightReading;
import dev.opentill.peripherals.scanner.BarcodeScanner;
import dev.opentill.peripherals.scanner.Scan;
import dev.opentill.peripherals.scanner.ScanListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The setup wizard's bench over the real peripherals: discovery from {@code peripherals.discovery}
 * and each device built exactly as the till builds it ({@link DeviceConfigs}), opened for one test
 * and closed again.
 */
public final class PeripheralBench implements DeviceBench {
    private static final Duration DEVICE_WAIT = Duration.ofSeconds(15);
    private final DeviceDiscovery.Settings discovery;

    public PeripheralBench(DeviceDiscovery.Settings discovery) {
        this.discovery = discovery;
    }

    @Override
    public List<FoundDevice> discover(boolean network) {
        DeviceDiscovery d = new DeviceDiscovery(discovery);
        List<Candidate> found = new ArrayList<>(d.serialPorts());
        found.addAll(d.deviceFiles());
        if (network) {
            found.addAll(NetworkScan.defaults().scanLocalSubnets());
        }
        return found.stream().map(c -> new FoundDevice(c.connection(), c.name(), c.answer().name())).toList();
    }

    @Override
    public List<String> models(Kind kind) {
        return DeviceConfigs.models(kind);
    }

    @Override
    public BenchResult test(DeviceSetting device, DeviceSetting printer, Duration wait) {
        try {
            if (!device.connection().equals(DeviceSetting.VIA_PRINTER)
                    && !device.connection().equals(DeviceSetting.KEYBOARD)
                    && DeviceConfigs.connection(device) instanceof Connection.Simulated) {
                return fail("setup.test.simulated");
            }
            return switch (device.kind()) {
                case RECEIPT_PRINTER -> printTestPage(device);
                case DRAWER -> kick(device, printer);
                case SCANNER -> scan(device, wait);
                case CUSTOMER_DISPLAY -> display(device);
                case SCALE -> weigh(device);
                default -> fail("setup.test.nothing_set");
            };
        } catch (DeviceConfigException | IllegalArgumentException e) {
            return fail("setup.test.bad_setting", e.getMessage());
        } catch (TimeoutException e) {
            return fail("setup.test.no_answer", device.connection());
        } catch (ExecutionException e) {
            return fail("setup.test.failed", device.connection(), String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("setup.test.failed", device.connection(), "interrupted");
        }
    }

    private static BenchResult printTestPage(DeviceSetting d)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (ReceiptPrinter p = Peripherals.printer(DeviceConfigs.printer(d))) {
            p.printTestPage().get(DEVICE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return new BenchResult(true, UiText.of("setup.test.printed", d.connection()));
        }
    }

    private static BenchResult kick(DeviceSetting d, DeviceSetting printerSetting)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (!d.connection().equals(DeviceSetting.VIA_PRINTER)) {
            try (CashDrawer drawer = Peripherals.drawer(DeviceConfigs.drawer(d,
                    PrinterModels.byId(DeviceConfigs.DEFAULT_PRINTER_MODEL)), null)) {
                drawer.open().get(DEVICE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                return kicked(drawer);
            }
        }
        if (printerSetting == null) {
            return fail("setup.test.drawer_needs_printer");
        }
        PrinterConfig printer = DeviceConfigs.printer(printerSetting);
        try (ReceiptPrinter p = Peripherals.printer(printer);
                CashDrawer drawer = Peripherals.drawer(DeviceConfigs.drawer(d, printer.profile()), p)) {
            drawer.open().get(DEVICE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            // The sensor is read from the printer's status, asked for after the kick.
            p.refreshStatus().get(DEVICE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return kicked(drawer);
        }
    }

    private static BenchResult kicked(CashDrawer drawer) {
        return new BenchResult(true, UiText.of("setup.test.kicked", UiText.of("setup.drawer_state."
                + drawer.state().name())));
    }

    private static BenchResult scan(DeviceSetting d, Duration wait) throws InterruptedException, TimeoutException {
        CompletableFuture<BenchResult> first = new CompletableFuture<>();
        try (BarcodeScanner s = Peripherals.scanner(DeviceConfigs.scanner(d))) {
            s.addScanListener(new ScanListener() {
                @Override
                public void onScan(Scan scan) {
                    first.complete(new BenchResult(true, UiText.of("setup.test.scanned", scan.code())));
                }

                @Override
                public void onRejected(String raw, String reason) {
                    first.complete(fail("setup.test.scan_noise", raw.replaceAll("\\p{Cntrl}", "?"), reason));
                }
            });
            return first.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return fail("setup.test.failed", d.connection(), String.valueOf(e.getCause().getMessage()));
        } catch (TimeoutException e) {
            return fail("setup.test.no_scan", wait.toSeconds());
        }
    }

    private static BenchResult display(DeviceSetting d)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (CustomerDisplay display = Peripherals.display(DeviceConfigs.display(d))) {
            display.show("OpenTill", "TEST 1234567890").get(DEVICE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return new BenchResult(true, UiText.of("setup.test.displayed", "OpenTill / TEST 1234567890"));
        }
    }

    private static BenchResult weigh(DeviceSetting d)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (Scale scale = Peripherals.scale(DeviceConfigs.scale(d))) {
            WeightReading r = scale.read().get(DEVICE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return new BenchResult(true, UiText.of("setup.test.weighed",
                    r.value() == null ? "-" : r.value().toPlainString(), r.unit(), r.state().name()));
        }
    }

    private static BenchResult fail(String key, Object... args) {
        return new BenchResult(false, UiText.of(key, args));
    }
}
