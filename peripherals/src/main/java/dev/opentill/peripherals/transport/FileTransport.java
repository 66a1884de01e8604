package dev.opentill.peripherals.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A device file such as {@code /dev/usb/lp0}, written as a stream. Such files give no reliable
 * answers, so this transport does not read; status then rests on whether writes succeed.
 */
public final class FileTransport implements Transport {
    private final Path path;
    private volatile OutputStream out;

    public FileTransport(Path path) {
        this.path = path;
    }

    @Override
    public synchronized void open() throws IOException {
        if (out != null) {
            return;
        }
        if (!Files.exists(path)) {
            throw new IOException("Device file " + path + " does not exist");
        }
        out = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    @Override
    public boolean isOpen() {
        return out != null;
    }

    @Override
    public void write(byte[] data) throws IOException {
        OutputStream o = out;
        if (o == null) {
            throw new IOException("Device file " + path + " is not open");
        }
        o.write(data);
        o.flush();
    }

    @Override
    public byte[] read(int max, Duration timeout) throws IOException {
        throw new IOException("Device file " + path + " cannot be read");
    }

    @Override
    public void probe() throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("Device file " + path + " has gone");
        }
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public String describe() {
        return path.toString();
    }

    @Override
    public synchronized void close() {
        OutputStream o = out;
        out = null;
        if (o != null) {
            try {
                o.close();
            } catch (IOException ignored) {
                // Already broken; nothing else to release.
            }
        }
    }
}
