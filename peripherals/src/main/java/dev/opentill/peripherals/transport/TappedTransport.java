package dev.opentill.peripherals.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A transport that hands a copy of every write that went out to a listener, for an on-screen copy
 * of what the printer received (the demo's receipt preview). The listener runs on the device's
 * thread after the write; whatever it throws is its own affair and never fails the print.
 */
public final class TappedTransport implements Transport {
    private final Transport inner;
    private final Consumer<byte[]> tap;

    public TappedTransport(Transport inner, Consumer<byte[]> tap) {
        this.inner = inner;
        this.tap = tap;
    }

    @Override
    public void open() throws IOException {
        inner.open();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public void write(byte[] data) throws IOException {
        inner.write(data);
        try {
            tap.accept(data.clone());
        } catch (RuntimeException e) {
            System.getLogger("peripherals").log(System.Logger.Level.WARNING, "A printer tap failed", e);
        }
    }

    @Override
    public byte[] read(int max, Duration timeout) throws IOException {
        return inner.read(max, timeout);
    }

    @Override
    public void probe() throws IOException {
        inner.probe();
    }

    @Override
    public boolean canRead() {
        return inner.canRead();
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public void close() {
        inner.close();
    }
}
