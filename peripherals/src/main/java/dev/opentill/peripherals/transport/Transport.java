package dev.opentill.peripherals.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte pipe to one device. Blocking and single-threaded by contract: only the device's own
 * worker thread calls it, except {@link #close()}, which any thread may call to unblock a stuck write.
 */
public interface Transport extends AutoCloseable {

    /** Opens the port or connection; an {@link IOException} means the device is not there now. */
    void open() throws IOException;

    boolean isOpen();

    void write(byte[] data) throws IOException;

    /**
     * Reads what has arrived, up to {@code max} bytes, waiting at most {@code timeout} for the first
     * byte. Returns an empty array when nothing came in time.
     */
    byte[] read(int max, Duration timeout) throws IOException;

    /** Throws if the open port has gone away (unplugged adapter, dead far end); cheap, no bytes sent. */
    void probe() throws IOException;

    /** False for transports that cannot read answers (e.g. a plain device file). */
    boolean canRead();

    String describe();

    @Override
    void close();
}
