package dev.opentill.peripherals.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A background thread that reads an input device (scanner, continuous scale) and hands every chunk
 * to a consumer. When the port fails it reports the device offline and reopens it every
 * {@code retry} until it is back.
 */
public final class ReadLoop implements AutoCloseable {
    private static final Duration READ_SLICE = Duration.ofMillis(100);

    private final Transport transport;
    private final StatusHub hub;
    private final Consumer<byte[]> sink;
    private final Duration retry;
    private final Thread thread;
    private volatile boolean running = true;

    public ReadLoop(Transport transport, StatusHub hub, Consumer<byte[]> sink, Duration retry) {
        this.transport = transport;
        this.hub = hub;
        this.sink = sink;
        this.retry = retry;
        this.thread = Threads.daemon("opentill-" + hub.device() + "-reader").newThread(this::loop);
    }

    public ReadLoop start() {
        thread.start();
        return this;
    }

    private void loop() {
        try {
            readUntilClosed();
        } catch (Error e) {
            hub.offline("reading stopped: " + e); // the thread is gone: never leave the status saying ONLINE
            throw e;
        }
    }

    private void readUntilClosed() {
        while (running) {
            try {
                if (!transport.isOpen()) {
                    transport.open();
                }
                hub.reachable();
                byte[] chunk = transport.read(512, READ_SLICE);
                if (chunk.length > 0) {
                    sink.accept(chunk);
                }
            } catch (IOException e) {
                transport.close();
                if (!running) {
                    return;
                }
                hub.offline(e.getMessage());
                sleep(retry);
            } catch (RuntimeException e) {
                // A consumer bug must not kill the reader: the next scan still has to arrive.
                continue;
            }
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        transport.close();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
