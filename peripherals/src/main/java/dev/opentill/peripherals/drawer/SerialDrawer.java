package dev.opentill.peripherals.drawer;

import dev.opentill.peripherals.transport.DeviceLink;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Transport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A drawer with its own serial interface: opening writes the configured command. Such boxes report
 * no sensor, so the state is UNKNOWN; the port itself is watched for unplugging.
 */
public final class SerialDrawer extends HubDevice implements CashDrawer {
    private final DrawerConfig config;
    private final DeviceLink link;

    public SerialDrawer(DrawerConfig config, Transport transport) {
        super(new StatusHub(config.name()));
        this.config = config;
        this.link = new DeviceLink(transport, hub, true);
        link.keepAlive(Duration.ofMillis(500), Duration.ofSeconds(1), null);
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
        return DrawerState.UNKNOWN;
    }

    @Override
    public void close() {
        link.close();
    }
}
