package dev.opentill.app.devices;

import dev.opentill.app.ui.devices.DeviceState;
import dev.opentill.app.ui.devices.DeviceStatusSource;
import dev.opentill.app.ui.devices.DisplayOutput;
import dev.opentill.app.ui.devices.DrawerControl;
import dev.opentill.app.ui.devices.PrinterState;
import dev.opentill.app.ui.devices.ReceiptOutput;
import dev.opentill.app.ui.devices.ScanSource;
import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.devices.WeightSource;

import dev.opentill.core.receipt.Receipt;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A printer, drawer, scanner, scale and customer display in memory, so the till runs with no
 * hardware (demo mode, tests). Failures can be switched on to rehearse paper-out.
 */
public final class SimulatedDevices implements ReceiptOutput, DrawerControl, ScanSource, WeightSource,
        DisplayOutput, DeviceStatusSource {
    private final List<Receipt> printed = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> scanListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<DeviceState>> statusListeners = new CopyOnWriteArrayList<>();
    private volatile DeviceState status = new DeviceState(PrinterState.READY, false);
    private volatile long grams;
    private volatile String displayTop = "";
    private volatile String displayBottom = "";
    private volatile int drawerKicks;
    private volatile Duration drawerClosesAfter = Duration.ofSeconds(3);
    private final Executor printerThread;
    private final List<List<String>> reports = new CopyOnWriteArrayList<>();

    /** Devices whose printer works on its own thread, like a real one. */
    public SimulatedDevices() {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "simulated-printer");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Devices printing on {@code printerThread}; tests pass {@code Runnable::run} to print at once. */
    public SimulatedDevices(Executor printerThread) {
        this.printerThread = printerThread;
    }

    @Override
    public CompletableFuture<Void> print(Receipt receipt) {
        return onPrinter(() -> printed.add(receipt));
    }

    @Override
    public CompletableFuture<Void> printReport(List<String> lines) {
        return onPrinter(() -> reports.add(List.copyOf(lines)));
    }

    /** Runs {@code job} on the printer thread, failing as a real printer would when it is not ready. */
    private CompletableFuture<Void> onPrinter(Runnable job) {
        return CompletableFuture.runAsync(() -> {
            PrinterState p = status.printer();
            if (p != PrinterState.READY && p != PrinterState.PAPER_LOW) {
                throw new IllegalStateException("Printer not ready: " + p);
            }
            job.run();
        }, printerThread);
    }

    /** The reports printed so far, oldest first. */
    public List<List<String>> reports() {
        return List.copyOf(reports);
    }

    @Override
    public CompletableFuture<Void> open() {
        drawerKicks++;
        setStatus(new DeviceState(status.printer(), true));
        Duration after = drawerClosesAfter;
        if (after != null && after.isZero()) {
            closeDrawer();
        } else if (after != null) {
            int kick = drawerKicks;
            CompletableFuture.runAsync(() -> {
                if (drawerKicks == kick) {
                    closeDrawer();
                }
            }, CompletableFuture.delayedExecutor(after.toMillis(), TimeUnit.MILLISECONDS));
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * The simulated cashier pushes the drawer shut this long after it opened (zero: at once; null:
     * only by {@link #closeDrawer()}). Three seconds unless set.
     */
    public SimulatedDevices drawerClosesAfter(Duration after) {
        drawerClosesAfter = after;
        return this;
    }

    /** The cashier pushes the drawer shut. */
    public void closeDrawer() {
        setStatus(new DeviceState(status.printer(), false));
    }

    public void setPrinter(PrinterState state) {
        setStatus(new DeviceState(state, status.drawerOpen()));
    }

    @Override
    public void onScan(Consumer<String> listener) {
        scanListeners.add(listener);
    }

    /** A code arrives as if scanned by a serial scanner. */
    public void scan(String code) {
        scanListeners.forEach(l -> l.accept(code));
    }

    public void placeOnScale(long grams) {
        this.grams = grams;
    }

    @Override
    public long readGrams() {
        if (grams <= 0) {
            throw new IllegalStateException("Nothing on the scale");
        }
        return grams;
    }

    @Override
    public void show(String top, String bottom) {
        displayTop = top;
        displayBottom = bottom;
    }

    @Override
    public DeviceState current() {
        return status;
    }

    @Override
    public void onChange(Consumer<DeviceState> listener) {
        statusListeners.add(listener);
    }

    public List<Receipt> printed() {
        return List.copyOf(printed);
    }

    public int drawerKicks() {
        return drawerKicks;
    }

    public String displayText() {
        return displayTop + " | " + displayBottom;
    }

    private void setStatus(DeviceState next) {
        status = next;
        statusListeners.forEach(l -> l.accept(next));
    }

    /** These simulators as every device of the till. */
    public TillDevices devices() {
        return new TillDevices(this, this, this, this, this, this);
    }
}
