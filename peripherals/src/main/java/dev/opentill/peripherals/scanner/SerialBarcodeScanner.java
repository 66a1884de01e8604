package dev.opentill.peripherals.scanner;

import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Availability;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.ReadLoop;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Threads;
import dev.opentill.peripherals.transport.Transport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scanner on a serial port (or the simulator): a reader thread frames the bytes, and listeners
 * get scans on the scanner's own event thread so a slow listener never delays reading.
 */
public final class SerialBarcodeScanner extends HubDevice implements BarcodeScanner {
    private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events;
    private final ReadLoop reader;

    public SerialBarcodeScanner(ScannerConfig config, Transport transport) {
        super(new StatusHub(config.name()));
        this.events = Executors.newSingleThreadExecutor(Threads.daemon("opentill-" + config.name() + "-events"));
        ScanFramer framer = new ScanFramer(config, new ScanFramer.Sink() {
            @Override
            public void accepted(Scan scan) {
                for (ScanListener l : listeners) {
                    events.execute(() -> l.onScan(scan));
                }
            }

            @Override
            public void rejected(String raw, String reason) {
                for (ScanListener l : listeners) {
                    events.execute(() -> l.onRejected(raw, reason));
                }
            }

            @Override
            public void overrun(boolean on) {
                hub.publish(on
                        ? new DeviceStatus(config.name(), Availability.ONLINE, Set.of(Condition.INPUT_OVERRUN),
                                "sends data without ending a code: check the scanner's suffix setting", Instant.now())
                        : DeviceStatus.online(config.name(), Set.of()));
            }
        });
        this.reader = new ReadLoop(transport, hub, chunk -> framer.feed(chunk, System.nanoTime()),
                Duration.ofMillis(500))
                .start();
    }

    @Override
    public void addScanListener(ScanListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeScanListener(ScanListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        reader.close();
        events.shutdownNow();
    }
}
