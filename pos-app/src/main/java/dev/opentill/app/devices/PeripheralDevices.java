package dev.opentill.app.devices;

import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.display.CustomerDisplay;
import dev.opentill.app.ui.devices.DeviceState;
import dev.opentill.app.ui.devices.DeviceStatusSource;
import dev.opentill.app.ui.devices.DisplayOutput;
import dev.opentill.app.ui.devices.PaperPreviews;
import dev.opentill.app.ui.devices.PrinterState;
import dev.opentill.app.ui.devices.ReceiptOutput;
import dev.opentill.app.ui.devices.ScanSource;
import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.devices.WeightSource;
import dev.opentill.peripherals.drawer.CashDrawer;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scale.Scale;
import dev.opentill.peripherals.scale.WeightReading;
import dev.opentill.peripherals.scanner.BarcodeScanner;
import dev.opentill.peripherals.scanner.Scan;
import dev.opentill.peripherals.scanner.ScanListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.DeviceStatus;
import java.util.concurrent.CompletableFuture;

/**
 * Thin adapters from the peripherals module's devices to the small interfaces the till UI uses.
 * The scale and display may be null (not every till has them); so may the scanner, when it is a
 * keyboard wedge whose codes arrive as typing.
 */
public final class PeripheralDevices implements DeviceStatusSource, AutoCloseable {
    private final ReceiptPrinter printer;
    private final CashDrawer drawer;
    private final BarcodeScanner scanner;
    private final Scale scale;
    private final CustomerDisplay display;
    private final List<Consumer<DeviceState>> listeners = new CopyOnWriteArrayList<>();
    private final PaperPreviews previews;

    public PeripheralDevices(ReceiptPrinter printer, CashDrawer drawer, BarcodeScanner scanner, Scale scale,
            CustomerDisplay display) {
        this(printer, drawer, scanner, scale, display, null);
    }

    /** As above, with {@code previews} of the printed paper for the screen (may be null). */
    public PeripheralDevices(ReceiptPrinter printer, CashDrawer drawer, BarcodeScanner scanner, Scale scale,
            CustomerDisplay display, PaperPreviews previews) {
        this.previews = previews;
        this.printer = printer;
        this.drawer = drawer;
        this.scanner = scanner;
        this.scale = scale;
        this.display = display;
        printer.addStatusListener(s -> changed());
        drawer.addStatusListener(s -> changed());
        if (scanner != null) {
            scanner.addStatusListener(s -> changed());
        }
    }

    /** The till UI's view of these devices. */
    public TillDevices devices() {
        ScanSource scans = listener -> {
            if (scanner != null) {
                scanner.addScanListener(new ScanListener() {
                    @Override
                    public void onScan(Scan scan) {
                        listener.accept(scan.code());
                    }
                });
            }
        };
        WeightSource weights = scale == null ? null : this::readGrams;
        DisplayOutput pole = display == null ? (top, bottom) -> {
        } : (top, bottom) -> display.show(top, bottom);
        ReceiptOutput output = new ReceiptOutput() {
            @Override
            public CompletableFuture<Void> print(Receipt receipt) {
                return printer.print(receipt);
            }

            @Override
            public CompletableFuture<Void> printReport(List<String> lines) {
                return printer.printLines(lines);
            }
        };
        return new TillDevices(output, drawer::open, scans, weights, pole, this, previews);
    }

    private long readGrams() {
        WeightReading r;
        try {
            r = scale.read().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The scale did not answer: " + e.getMessage(), e);
        }
        if (!r.sellable()) {
            throw new IllegalStateException("No stable weight: " + r.state());
        }
        return r.grams();
    }

    @Override
    public DeviceState current() {
        boolean scannerOffline = scanner != null
                && scanner.status().availability() == DeviceStatus.Availability.OFFLINE;
        return new DeviceState(printerState(printer.status()), drawer.status().has(Condition.DRAWER_OPEN),
                scannerOffline);
    }

    @Override
    public void onChange(Consumer<DeviceState> listener) {
        listeners.add(listener);
    }

    private void changed() {
        DeviceState s = current();
        listeners.forEach(l -> l.accept(s));
    }

    static PrinterState printerState(DeviceStatus s) {
        return switch (s.availability()) {
            case UNKNOWN -> PrinterState.UNKNOWN;
            case OFFLINE -> PrinterState.OFFLINE;
            case ONLINE -> {
                if (s.has(Condition.PAPER_OUT)) {
                    yield PrinterState.PAPER_OUT;
                } else if (s.has(Condition.COVER_OPEN)) {
                    yield PrinterState.COVER_OPEN;
                } else if (!s.isReadyToPrint()) {
                    yield PrinterState.OFFLINE;
                } else if (s.has(Condition.PAPER_NEAR_END)) {
                    yield PrinterState.PAPER_LOW;
                }
                yield PrinterState.READY;
            }
        };
    }

    @Override
    public void close() {
        for (AutoCloseable d : new AutoCloseable[]{scanner, scale, display, drawer, printer}) {
            try {
                if (d != null) {
                    d.close();
                }
            } catch (Exception e) {
                // Closing a device never fails the shutdown.
            }
        }
    }
}
