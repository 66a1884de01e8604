package dev.opentill.peripherals.drawer;

import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.printer.DrawerSensor;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Threads;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A drawer wired to the printer's kick connector. Opening sends ESC p through the printer; the
 * open/closed sensor comes from the printer's DLE EOT status (pin 3) when the printer has a
 * {@link DrawerSensor} configured.
 */
public final class PrinterKickDrawer extends HubDevice implements CashDrawer {
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(Threads.daemon("opentill-drawer-timer"));

    private final DrawerConfig config;
    private final ReceiptPrinter printer;
    private final Consumer<DeviceStatus> printerListener = this::printerChanged;
    private volatile DrawerState state = DrawerState.UNKNOWN;
    private volatile boolean leftOpen;
    private volatile ScheduledFuture<?> leftOpenTimer;

    public PrinterKickDrawer(DrawerConfig config, ReceiptPrinter printer) {
        super(new StatusHub(config.name()));
        this.config = config;
        this.printer = printer;
        printer.addStatusListener(printerListener);
        printerChanged(printer.status());
    }

    @Override
    public CompletableFuture<Void> open() {
        return printer.kickDrawer(config.pin(), config.pulseOn(), config.pulseOff());
    }

    @Override
    public DrawerState state() {
        return state;
    }

    private synchronized void printerChanged(DeviceStatus s) {
        if (s.availability() == DeviceStatus.Availability.UNKNOWN) {
            return;
        }
        if (!s.isOnline()) {
            hub.offline("printer " + s.device() + " is offline");
            return;
        }
        DrawerState next = s.has(Condition.DRAWER_OPEN) ? DrawerState.OPEN : DrawerState.CLOSED;
        if (next != state) {
            state = next;
            leftOpen = false;
            ScheduledFuture<?> t = leftOpenTimer;
            if (t != null) {
                t.cancel(false);
            }
            if (next == DrawerState.OPEN) {
                leftOpenTimer = TIMER.schedule(this::leftOpen, config.leftOpenAfter().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        publish();
    }

    private synchronized void leftOpen() {
        if (state == DrawerState.OPEN) {
            leftOpen = true;
            publish();
        }
    }

    private void publish() {
        EnumSet<Condition> c = EnumSet.noneOf(Condition.class);
        if (state == DrawerState.OPEN) {
            c.add(Condition.DRAWER_OPEN);
        }
        if (leftOpen) {
            c.add(Condition.DRAWER_LEFT_OPEN);
        }
        hub.online(c);
    }

    @Override
    public void close() {
        printer.removeStatusListener(printerListener);
        ScheduledFuture<?> t = leftOpenTimer;
        if (t != null) {
            t.cancel(false);
        }
    }
}
