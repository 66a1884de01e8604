package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.transport.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * Base of the simulators: an in-memory transport whose answers are queued by the subclass, and a
 * switch that plays the device being unplugged.
 */
public abstract class SimulatedTransport implements Transport {
    private final String name;
    private final LinkedBlockingDeque<byte[]> answers = new LinkedBlockingDeque<>();
    private volatile boolean open;
    private volatile boolean unplugged;

    protected SimulatedTransport(String name) {
        this.name = name;
    }

    /** Plays pulling the cable (true) or plugging it back (false). */
    public void setUnplugged(boolean on) {
        unplugged = on;
        if (on) {
            open = false;
        }
    }

    protected void answer(byte[] bytes) {
        answers.add(bytes);
    }

    /** What the device does with bytes the till sent. */
    protected abstract void received(byte[] data);

    @Override
    public void open() throws IOException {
        if (unplugged) {
            throw new IOException(name + " is unplugged");
        }
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void write(byte[] data) throws IOException {
        check();
        received(data);
    }

    @Override
    public byte[] read(int max, Duration timeout) throws IOException {
        check();
        byte[] first;
        try {
            first = timeout.isZero() ? answers.poll() : answers.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name + " read interrupted", e);
        }
        if (first == null) {
            return new byte[0];
        }
        if (first.length > max) {
            byte[] head = Arrays.copyOf(first, max);
            byte[] rest = Arrays.copyOfRange(first, max, first.length);
            answers.addFirst(rest); // the rest of this answer comes before any later one, as on a wire
            return head;
        }
        return first;
    }

    @Override
    public void probe() throws IOException {
        check();
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public String describe() {
        return "simulated " + name;
    }

    @Override
    public void close() {
        open = false;
    }

    private void check() throws IOException {
        if (unplugged || !open) {
            throw new IOException(name + (unplugged ? " is unplugged" : " is not open"));
        }
    }
}
