package dev.opentill.peripherals.testing;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Arrays;

/**
 * Plays an ESC/POS printer on the far end of a virtual port: answers DLE EOT 1-4 with the status
 * bytes the test sets, and keeps every other byte it receives.
 */
public final class FakeEscPosPrinter implements AutoCloseable {
    private final FarEnd port;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final AtomicBoolean answering = new AtomicBoolean(true);
    private final AtomicInteger statusQueries = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile byte[] status = {0x12, 0x12, 0x12, 0x12};

    public FakeEscPosPrinter(String devicePort) throws Exception {
        port = new FarEnd(devicePort);
        thread = new Thread(this::loop, "fake-printer");
        thread.setDaemon(true);
        thread.start();
    }

    /** The answers to DLE EOT 1, 2, 3 and 4. */
    public void setStatus(int s1, int s2, int s3, int s4) {
        status = new byte[]{(byte) s1, (byte) s2, (byte) s3, (byte) s4};
    }

    public void setAnswering(boolean on) {
        answering.set(on);
    }

    public int statusQueries() {
        return statusQueries.get();
    }

    /** Everything received except the status questions. */
    public synchronized byte[] received() {
        return received.toByteArray();
    }

    public synchronized void clear() {
        received.reset();
    }

    /** Waits until at least {@code count} document bytes arrived. */
    public byte[] awaitBytes(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received().length < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return received();
    }

    private void loop() {
        byte[] pending = new byte[0];
        while (running) {
            try {
                byte[] got = port.read(4096, Duration.ofMillis(20));
                if (got.length == 0) {
                    continue;
                }
                byte[] all = new byte[pending.length + got.length];
                System.arraycopy(pending, 0, all, 0, pending.length);
                System.arraycopy(got, 0, all, pending.length, got.length);
                int i = 0;
                while (i < all.length) {
                    if (all[i] == 0x10 && (i + 1 >= all.length || all[i + 1] == 0x04) && i + 2 >= all.length) {
                        break; // an incomplete DLE EOT: wait for the rest
                    }
                    if (all[i] == 0x10 && all[i + 1] == 0x04 && all[i + 2] >= 1 && all[i + 2] <= 4) {
                        statusQueries.incrementAndGet();
                        if (answering.get()) {
                            port.write(status[all[i + 2] - 1]);
                        }
                        i += 3;
                    } else {
                        synchronized (this) {
                            received.write(all[i]);
                        }
                        i++;
                    }
                }
                pending = Arrays.copyOfRange(all, i, all.length);
            } catch (Exception e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        port.close();
    }
}
