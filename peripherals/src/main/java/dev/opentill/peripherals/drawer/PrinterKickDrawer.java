package dev.opentill.peripherals.drawer;

import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.printer.DrawerSensor;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.StatusHub;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A drawer wired to the printer's kick connector. Opening sends ESC p through the printer; the
 * open/closed sensor comes from the printer's DLE EOT status (pin 3) when the printer has a
 * {@link DrawerSensor} configured.
 */
public final class PrinterKickDrawer extends HubDevice implements CashDrawer {
    private final DrawerConfig config;
    private final ReceiptPrinter printer;
    private final DrawerWatch watch;
    private final Consumer<DeviceStatus> printerListener = this::printerChanged;

    public PrinterKickDrawer(DrawerConfig config, ReceiptPrinter printer) {
        super(new StatusHub(config.name()));
        this.config = config;
        this.printer = printer;
        this.watch = new DrawerWatch(hub, config.leftOpenAfter());
        printer.addStatusListener(printerListener);
        printerChanged(printer.status());
    }

    @Override
    public CompletableFuture<Void> open() {
        return printer.kickDrawer(config.pin(), config.pulseOn(), config.pulseOff());
    }

    @Override
    public DrawerState state() {
        return watch.state();
    }

    private synchronized void printerChanged(DeviceStatus s) {
        if (s.availability() == DeviceStatus.Availability.UNKNOWN) {
            return;
        }
        if (!s.isOnline()) {
            hub.offline("printer " + s.device() + " is offline");
            return;
        }
        watch.seen(s.has(Condition.DRAWER_OPEN) ? DrawerState.OPEN : DrawerState.CLOSED);
    }

    @Override
    public void close() {
        printer.removeStatusListener(printerListener);
        watch.close();
    }
}
