package dev.opentill.peripherals.scale;

import dev.opentill.peripherals.DeviceException;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.transport.DeviceLink;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;

/**
 * A serial scale on the protocol its config names (NCI or Toledo); polled while idle so a dead scale
 * shows offline within 2 s.
 */
public final class SerialScale extends HubDevice implements Scale {
    private final ScaleConfig config;
    private final ScaleProtocol protocol;
    private final DeviceLink link;

    public SerialScale(ScaleConfig config, Transport transport) {
        super(new StatusHub(config.name()));
        this.config = config;
        this.protocol = config.protocol().commands();
        this.link = new DeviceLink(transport, hub, false);
        link.keepAlive(Duration.ofMillis(500), config.replyTimeout().plusMillis(400),
                t -> exchange(t, protocol.poll()));
    }

    @Override
    public CompletableFuture<WeightReading> read() {
        return link.submit("weighing", config.replyTimeout().plusMillis(400), t -> exchange(t, protocol.weigh()));
    }

    @Override
    public CompletableFuture<WeightReading> zero() {
        return link.submit("zeroing", config.replyTimeout().plusMillis(400), t -> exchange(t, protocol.zero()));
    }

    private WeightReading exchange(Transport t, byte[] command) throws IOException {
        t.read(256, Duration.ZERO);
        t.write(command);
        ByteArrayOutputStream answer = new ByteArrayOutputStream(32);
        long deadline = System.nanoTime() + config.replyTimeout().toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("no answer from the scale within " + config.replyTimeout().toMillis() + " ms");
            }
            byte[] chunk = t.read(64, Duration.ofNanos(left));
            answer.writeBytes(chunk);
            if (chunk.length > 0 && protocol.complete(answer.toByteArray())) {
                break;
            }
            if (answer.size() > 256) {
                throw new DeviceException(config.name() + ": answer longer than 256 bytes without an end");
            }
        }
        WeightReading r;
        try {
            r = protocol.parse(answer.toByteArray());
        } catch (IllegalArgumentException e) {
            throw new DeviceException(config.name() + ": " + e.getMessage(), e);
        }
        EnumSet<Condition> c = EnumSet.noneOf(Condition.class);
        if (r.state() == WeightReading.State.OVERLOAD) {
            c.add(Condition.SCALE_OVERLOAD);
        }
        hub.online(c);
        return r;
    }

    @Override
    public void close() {
        link.close();
    }
}
