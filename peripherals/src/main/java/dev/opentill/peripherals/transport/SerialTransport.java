package dev.opentill.peripherals.transport;

import dev.opentill.peripherals.SerialSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import jssc.SerialPort;
import jssc.SerialPortException;

/**
 * A serial port through jssc. jssc's own timed read spins on the CPU, so reads poll the input count
 * with a short park instead; that keeps scan latency near one millisecond at no CPU cost.
 */
public final class SerialTransport implements Transport {
    private static final long POLL_NANOS = 300_000;
    private static final int WRITE_CHUNK = 1024;

    private final SerialSettings settings;
    private volatile SerialPort port;
    private volatile boolean paramsAccepted;

    public SerialTransport(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized void open() throws IOException {
        if (port != null) {
            return;
        }
        SerialPort p = new SerialPort(settings.port());
        try {
            p.openPort();
            // Pseudo-terminals (socat, some USB bridges) refuse the termios call but pass data: not fatal.
            paramsAccepted = p.setParams(settings.baud(), settings.dataBits(), stopBits(), parity());
            p.setFlowControlMode(flowControl());
        } catch (SerialPortException e) {
            closeQuietly(p);
            throw new IOException("Cannot open serial port " + settings.port() + ": " + e.getExceptionType(), e);
        }
        port = p;
    }

    /** False when the port took the data path but not the line settings (true of ptys). */
    public boolean paramsAccepted() {
        return paramsAccepted;
    }

    @Override
    public boolean isOpen() {
        return port != null;
    }

    @Override
    public void write(byte[] data) throws IOException {
        SerialPort p = requireOpen();
        try {
            // In chunks: a write blocked on a device that stopped reading cannot be interrupted, but once
            // it drains, a port closed by a timeout stops the rest of the job from going out late.
            for (int off = 0; off < data.length; off += WRITE_CHUNK) {
                if (port != p) {
                    throw new IOException("Serial port " + settings.port() + " was closed during the write");
                }
                byte[] chunk = off == 0 && data.length <= WRITE_CHUNK
                        ? data
                        : Arrays.copyOfRange(data, off, Math.min(data.length, off + WRITE_CHUNK));
                if (!p.writeBytes(chunk)) {
                    throw new IOException("Serial write to " + settings.port() + " failed");
                }
            }
        } catch (SerialPortException e) {
            throw new IOException("Serial write to " + settings.port() + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public byte[] read(int max, Duration timeout) throws IOException {
        SerialPort p = requireOpen();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                int available = p.getInputBufferBytesCount();
                if (available > 0) {
                    byte[] got = p.readBytes(Math.min(available, max));
                    return got == null ? new byte[0] : got;
                }
                if (System.nanoTime() >= deadline) {
                    return new byte[0];
                }
                LockSupport.parkNanos(POLL_NANOS);
                if (port != p) {
                    throw new IOException("Serial port " + settings.port() + " was closed");
                }
            }
        } catch (SerialPortException e) {
            throw new IOException("Serial read from " + settings.port() + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public void probe() throws IOException {
        try {
            requireOpen().getInputBufferBytesCount();
        } catch (SerialPortException e) {
            throw new IOException("Serial port " + settings.port() + " is gone: " + e.getExceptionType(), e);
        }
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public String describe() {
        return settings.port();
    }

    @Override
    public synchronized void close() {
        SerialPort p = port;
        port = null;
        if (p != null) {
            closeQuietly(p);
        }
    }

    private SerialPort requireOpen() throws IOException {
        SerialPort p = port;
        if (p == null) {
            throw new IOException("Serial port " + settings.port() + " is not open");
        }
        return p;
    }

    private static void closeQuietly(SerialPort p) {
        try {
            if (p.isOpened()) {
                p.closePort();
            }
        } catch (SerialPortException ignored) {
            // The port is already gone; nothing more to release.
        }
    }

    private int stopBits() {
        return switch (settings.stopBits()) {
            case ONE -> SerialPort.STOPBITS_1;
            case ONE_AND_HALF -> SerialPort.STOPBITS_1_5;
            case TWO -> SerialPort.STOPBITS_2;
        };
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.PARITY_NONE;
            case ODD -> SerialPort.PARITY_ODD;
            case EVEN -> SerialPort.PARITY_EVEN;
            case MARK -> SerialPort.PARITY_MARK;
            case SPACE -> SerialPort.PARITY_SPACE;
        };
    }

    private int flowControl() {
        return switch (settings.flow()) {
            case NONE -> SerialPort.FLOWCONTROL_NONE;
            case RTS_CTS -> SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
            case XON_XOFF -> SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
        };
    }
}
