package dev.opentill.peripherals.testing;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import jssc.SerialPort;
import jssc.SerialPortException;
import java.nio.charset.StandardCharsets;

/** The test's side of a virtual port pair: reads what the code sent and writes the device's answers. */
public final class FarEnd implements AutoCloseable {
    private final SerialPort port;

    public FarEnd(String name) throws SerialPortException {
        port = new SerialPort(name);
        port.openPort();
    }

    public void write(byte... bytes) throws SerialPortException {
        port.writeBytes(bytes);
    }

    public void write(String ascii) throws SerialPortException {
        port.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Reads until {@code count} bytes arrived or the timeout passed; returns what came. */
    public byte[] read(int count, Duration timeout) throws SerialPortException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < count && System.nanoTime() < deadline) {
            int n = port.getInputBufferBytesCount();
            if (n > 0) {
                byte[] got = port.readBytes(Math.min(n, count - out.size()));
                out.write(got, 0, got.length);
            } else {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return out.toByteArray();
    }

    /** Reads everything that arrives until the line has been quiet for {@code quiet}. */
    public byte[] readUntilQuiet(Duration quiet, Duration max) throws SerialPortException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long end = System.nanoTime() + max.toNanos();
        long lastData = System.nanoTime();
        while (System.nanoTime() < end && System.nanoTime() - lastData < quiet.toNanos()) {
            int n = port.getInputBufferBytesCount();
            if (n > 0) {
                byte[] got = port.readBytes(n);
                out.write(got, 0, got.length);
                lastData = System.nanoTime();
            } else {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException ignored) {
            // The pair may already be gone.
        }
    }
}
