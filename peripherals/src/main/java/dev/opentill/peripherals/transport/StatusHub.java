package dev.opentill.peripherals.transport;

import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Condition;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Holds one device's current status and tells listeners about changes. Listeners run on one shared
 * daemon thread, in order, so a slow listener never stalls a device's I/O thread.
 */
public final class StatusHub {
    private static final ExecutorService EVENTS = Executors
            .newSingleThreadExecutor(Threads.daemon("opentill-device-events"));

    private final String device;
    private final AtomicReference<DeviceStatus> current;
    private final List<Consumer<DeviceStatus>> listeners = new CopyOnWriteArrayList<>();

    public StatusHub(String device) {
        this.device = device;
        this.current = new AtomicReference<>(DeviceStatus.unknown(device));
    }

    public String device() {
        return device;
    }

    public DeviceStatus current() {
        return current.get();
    }

    public void addListener(Consumer<DeviceStatus> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<DeviceStatus> listener) {
        listeners.remove(listener);
    }

    /** Reachable, with exactly these conditions. */
    public void online(Set<Condition> conditions) {
        publish(DeviceStatus.online(device, conditions));
    }

    /** Reachable; keeps the conditions already known. */
    public void reachable() {
        DeviceStatus now = current.get();
        if (!now.isOnline()) {
            publish(DeviceStatus.online(device, Set.of()));
        }
    }

    public void offline(String why) {
        publish(DeviceStatus.offline(device, why));
    }

    public void publish(DeviceStatus next) {
        DeviceStatus previous = current.getAndSet(next);
        if (!next.sameStateAs(previous)) {
            for (Consumer<DeviceStatus> l : listeners) {
                EVENTS.execute(() -> l.accept(next));
            }
        }
    }
}
