package dev.opentill.peripherals.transport;

import dev.opentill.peripherals.DeviceException;
import dev.opentill.peripherals.DeviceOfflineException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every exchange with one device on that device's single thread, each with a deadline. The
 * caller gets a future at once. A failure or a missed deadline closes the transport and marks the
 * device offline; the next job or keep-alive opens it again, which is how an unplugged device is
 * found when it comes back.
 */
public final class DeviceLink implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors
            .newSingleThreadScheduledExecutor(Threads.daemon("opentill-device-timer"));

    private final Transport transport;
    private final StatusHub hub;
    private final ExecutorService worker;
    private final boolean openMeansOnline;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile ScheduledFuture<?> keepAlive;

    /**
     * @param openMeansOnline true for write-only devices, whose open port is all we can know; false
     *     when the device answers and only an answer proves it is there
     */
    public DeviceLink(Transport transport, StatusHub hub, boolean openMeansOnline) {
        this.transport = transport;
        this.hub = hub;
        this.openMeansOnline = openMeansOnline;
        this.worker = Executors.newSingleThreadExecutor(Threads.daemon("opentill-" + hub.device()));
    }

    public Transport transport() {
        return transport;
    }

    public StatusHub hub() {
        return hub;
    }

    /** Number of jobs queued or running. */
    public int pending() {
        return pending.get();
    }

    /** Runs {@code task} on the device thread; the future fails with a DeviceException, never hangs past {@code timeout}. */
    public <T> CompletableFuture<T> submit(String what, Duration timeout, IoTask<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        pending.incrementAndGet();
        ScheduledFuture<?> deadline = TIMER.schedule(() -> {
            DeviceOfflineException late = new DeviceOfflineException(
                    hub.device() + " on " + transport.describe() + " did not finish " + what + " within "
                            + timeout.toMillis() + " ms");
            if (!result.isDone()) {
                // Status first, so whoever wakes on the failure already sees the device offline.
                hub.offline(late.getMessage());
                transport.close(); // unblocks a write stuck on a device that stopped reading
                result.completeExceptionally(late);
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            worker.execute(() -> {
                try {
                    if (result.isDone()) {
                        return; // timed out while queued
                    }
                    ensureOpen();
                    T value = task.run(transport);
                    result.complete(value);
                } catch (IOException e) {
                    transport.close();
                    DeviceOfflineException offline = new DeviceOfflineException(
                            hub.device() + " on " + transport.describe() + " is offline: " + e.getMessage(), e);
                    if (!result.isDone()) {
                        hub.offline(e.getMessage());
                        result.completeExceptionally(offline);
                    }
                } catch (DeviceException e) {
                    result.completeExceptionally(e);
                } catch (RuntimeException e) {
                    result.completeExceptionally(new DeviceException(hub.device() + ": " + what + " failed: " + e, e));
                } finally {
                    deadline.cancel(false);
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            deadline.cancel(false);
            result.completeExceptionally(new DeviceOfflineException(hub.device() + " is closed"));
        }
        return result;
    }

    /**
     * Every {@code interval}, when the device is idle, runs {@code probe} (or just reopens and checks
     * the port when the probe is null). This is what notices a dead device and finds it again.
     */
    public void keepAlive(Duration interval, Duration timeout, IoTask<?> probe) {
        IoTask<?> check = probe != null ? probe : t -> {
            t.probe();
            hub.reachable();
            return null;
        };
        keepAlive = TIMER.scheduleWithFixedDelay(() -> {
            if (pending.get() == 0) {
                submit("status check", timeout, check);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void ensureOpen() throws IOException {
        if (!transport.isOpen()) {
            transport.open();
            if (openMeansOnline) {
                hub.reachable();
            }
        }
    }

    @Override
    public void close() {
        ScheduledFuture<?> k = keepAlive;
        if (k != null) {
            k.cancel(false);
        }
        worker.shutdownNow();
        transport.close();
    }
}
