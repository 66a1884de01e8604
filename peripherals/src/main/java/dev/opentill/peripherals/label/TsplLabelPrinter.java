package dev.opentill.peripherals.label;

import dev.opentill.peripherals.DeviceNotReadyException;
import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.transport.DeviceLink;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A TSPL label printer on any transport (serial, TCP 9100, a device file). Before each label it
 * asks {@code ESC ! ?} when the transport can answer; the label leaves the queue only once written.
 * Idle, it polls the status, and a printer that turns ready again prints what was waiting.
 */
public final class TsplLabelPrinter extends HubDevice implements LabelPrinter {
    private final LabelConfig config;
    private final DeviceLink link;
    private final boolean canAsk;
    private final Deque<CupLabel> queue = new ArrayDeque<>();

    public TsplLabelPrinter(LabelConfig config, Transport transport) {
        super(new StatusHub(config.name()));
        this.config = config;
        this.canAsk = config.statusReplies() && transport.canRead();
        this.link = new DeviceLink(transport, hub, !canAsk);
        hub.addListener(s -> {
            if (s.isReadyToPrint() && !waiting().isEmpty()) {
                printWaiting();
            }
        });
        link.keepAlive(config.pollInterval(), config.replyTimeout().plusMillis(500), canAsk ? t -> {
            queryStatus(t);
            return null;
        } : null);
    }

    public LabelConfig config() {
        return config;
    }

    @Override
    public CompletableFuture<Void> print(List<CupLabel> labels) {
        synchronized (queue) {
            queue.addAll(labels);
        }
        return printWaiting();
    }

    @Override
    public List<CupLabel> waiting() {
        synchronized (queue) {
            return List.copyOf(queue);
        }
    }

    @Override
    public CompletableFuture<Void> printWaiting() {
        Duration timeout = config.printTimeout();
        return link.submit("printing labels", timeout, t -> {
            while (true) {
                CupLabel next;
                synchronized (queue) {
                    next = queue.peekFirst();
                }
                if (next == null) {
                    return null;
                }
                byte[] doc = TsplEncoder.encode(next, config);
                if (canAsk) {
                    DeviceStatus s = queryStatus(t);
                    if (!s.isReadyToPrint()) {
                        throw new DeviceNotReadyException(s);
                    }
                }
                t.write(doc);
                synchronized (queue) {
                    queue.remove(next);
                }
                if (!canAsk) {
                    hub.reachable();
                }
            }
        });
    }

    @Override
    public void close() {
        link.close();
    }

    /** Asks {@code ESC ! ?}; no answer in time means offline. */
    private DeviceStatus queryStatus(Transport t) throws IOException {
        t.read(64, Duration.ZERO); // drop stale bytes so the answer matches the question
        t.write(Tspl.STATUS_QUERY);
        byte[] answer = t.read(1, config.replyTimeout());
        if (answer.length == 0) {
            throw new IOException("no answer to ESC !? within " + config.replyTimeout().toMillis() + " ms");
        }
        DeviceStatus s = DeviceStatus.online(config.name(), conditions(answer[0] & 0xFF));
        hub.publish(s);
        return s;
    }

    static Set<Condition> conditions(int status) {
        Set<Condition> c = EnumSet.noneOf(Condition.class);
        if ((status & Tspl.STATUS_HEAD_OPEN) != 0) {
            c.add(Condition.COVER_OPEN);
        }
        if ((status & (Tspl.STATUS_PAPER_OUT | Tspl.STATUS_RIBBON_OUT)) != 0) {
            c.add(Condition.PAPER_OUT);
        }
        if ((status & Tspl.STATUS_PAUSED) != 0) {
            c.add(Condition.PRINTER_PAUSED);
        }
        if ((status & (Tspl.STATUS_PAPER_JAM | Tspl.STATUS_OTHER_ERROR)) != 0) {
            c.add(Condition.UNRECOVERABLE_ERROR);
        }
        return c;
    }
}
