package dev.opentill.peripherals.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/** A raw TCP socket, as network receipt printers offer on port 9100. */
public final class TcpTransport implements Transport {
    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpTransport(String host, int port, Duration connectTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public synchronized void open() throws IOException {
        if (socket != null) {
            return;
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            s.close();
            throw new IOException("Cannot connect to " + describe() + ": " + e.getMessage(), e);
        }
        socket = s;
    }

    @Override
    public boolean isOpen() {
        return socket != null;
    }

    @Override
    public void write(byte[] data) throws IOException {
        requireOpen();
        out.write(data);
        out.flush();
    }

    @Override
    public byte[] read(int max, Duration timeout) throws IOException {
        Socket s = requireOpen();
        s.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        byte[] buf = new byte[max];
        try {
            int n = in.read(buf);
            if (n < 0) {
                throw new IOException(describe() + " closed the connection");
            }
            return Arrays.copyOf(buf, n);
        } catch (SocketTimeoutException e) {
            return new byte[0];
        }
    }

    @Override
    public void probe() throws IOException {
        if (requireOpen().isClosed()) {
            throw new IOException(describe() + " connection is closed");
        }
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public String describe() {
        return "tcp://" + host + ":" + port;
    }

    @Override
    public synchronized void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Closing a broken socket: nothing else to release.
            }
        }
    }

    private Socket requireOpen() throws IOException {
        Socket s = socket;
        if (s == null) {
            throw new IOException(describe() + " is not connected");
        }
        return s;
    }
}
