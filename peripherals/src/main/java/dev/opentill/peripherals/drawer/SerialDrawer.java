package dev.opentill.peripherals.drawer;

import dev.opentill.peripherals.DeviceException;
import dev.opentill.peripherals.printer.DrawerSensor;
import dev.opentill.peripherals.printer.PrinterStatusDecoder;
import dev.opentill.peripherals.printer.escpos.EscPos;
import dev.opentill.peripherals.transport.DeviceLink;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A drawer with its own serial interface: opening writes the configured command. Without a sensor
 * the state is UNKNOWN and only the port is watched for unplugging; with one, the interface is asked
 * DLE EOT 1 every half second and its answer's drawer bit gives OPEN or CLOSED, with the left-open alarm.
 */
public final class SerialDrawer extends HubDevice implements CashDrawer {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REPLY = Duration.ofMillis(800);

    private final DrawerConfig config;
    private final DeviceLink link;
    private final DrawerWatch watch;

    public SerialDrawer(DrawerConfig config, Transport transport) {
        super(new StatusHub(config.name()));
        this.config = config;
        this.watch = new DrawerWatch(hub, config.leftOpenAfter());
        boolean sensor = config.ownPortSensor() != DrawerSensor.NONE && transport.canRead();
        this.link = new DeviceLink(transport, hub, !sensor);
        link.keepAlive(POLL, REPLY.plusMillis(400), sensor ? t -> {
            readSensor(t);
            return null;
        } : null);
    }

    @Override
    public CompletableFuture<Void> open() {
        byte[] command = config.serialOpenCommand();
        return link.submit("opening the drawer", Duration.ofSeconds(2), t -> {
            t.write(command);
            return null;
        });
    }

    @Override
    public DrawerState state() {
        return watch.state();
    }

    private void readSensor(Transport t) throws IOException {
        t.read(64, Duration.ZERO); // stale bytes would answer the wrong question
        t.write(new byte[]{EscPos.DLE, EscPos.EOT, 1});
        long deadline = System.nanoTime() + REPLY.toNanos();
        while (System.nanoTime() < deadline) {
            byte[] got = t.read(1, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (got.length == 1 && PrinterStatusDecoder.isStatusByte(got[0] & 0xFF)) {
                watch.seen(PrinterStatusDecoder.drawerOpen(got[0] & 0xFF, config.ownPortSensor())
                        ? DrawerState.OPEN
                        : DrawerState.CLOSED);
                return;
            }
            if (got.length == 1) {
                throw new DeviceException(config.name() + ": the drawer interface answered DLE EOT 1 with 0x"
                        + Integer.toHexString(got[0] & 0xFF) + ", not a status byte: is a sensor really there?");
            }
        }
        throw new IOException("no answer to DLE EOT 1 within " + REPLY.toMillis() + " ms");
    }

    @Override
    public void close() {
        link.close();
        watch.close();
    }
}
