package dev.opentill.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback between the till and the centre that injects network faults: it can
 * drop the centre's answer (after the centre has done the work), cut an answer half-way, refuse
 * connections, turn into a black hole (connections accepted, nothing ever answered), or slow the
 * answer down to a trickle.
 */
final class FaultProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger answersToDrop = new AtomicInteger();
    private final AtomicLong bytesToClient = new AtomicLong();
    private final AtomicLong cutAfter = new AtomicLong(-1);
    private volatile boolean down;
    private volatile boolean blackHole;
    private volatile int bytesPerSecond;
    private volatile boolean closed;

    FaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "fault-proxy");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The next {@code n} answers from the centre are cut off before their first byte reaches the till. */
    void dropAnswers(int n) {
        answersToDrop.set(n);
    }

    /** The next answer from the centre is cut off after its first {@code bytes} bytes (headers included). */
    void cutAnswerAfter(long bytes) {
        cutAfter.set(bytes);
    }

    /** While on, connections (new and open ones) swallow everything: the centre never sees a request. */
    void blackHole(boolean on) {
        this.blackHole = on;
    }

    /** While down, every connection is closed at once, as if the centre were unreachable. */
    void down(boolean isDown) {
        this.down = isDown;
        if (isDown) {
            cutAll();
        }
    }

    /** Limits the centre-to-till direction (0 = unlimited). */
    void throttle(int bytesPerSec) {
        this.bytesPerSecond = bytesPerSec;
    }

    long bytesToClient() {
        return bytesToClient.get();
    }

    void cutAll() {
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, false);
                pump(upstream, client, true);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean toClient) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf, 0,
                        toClient && bytesPerSecond > 0 ? Math.min(buf.length, 1024) : buf.length)) > 0) {
                    if (toClient && answersToDrop.get() > 0 && answersToDrop.getAndDecrement() > 0) {
                        break; // the centre has answered, so it has committed: lose the answer
                    }
                    if (blackHole) {
                        continue;
                    }
                    long budget = toClient ? cutAfter.get() : -1;
                    if (budget >= 0 && n >= budget && cutAfter.compareAndSet(budget, -1)) {
                        out.write(buf, 0, (int) budget);
                        out.flush();
                        break; // the rest of this answer never arrives
                    }
                    if (budget >= 0) {
                        cutAfter.addAndGet(-n);
                    }
                    if (toClient && bytesPerSecond > 0) {
                        Thread.sleep(Math.max(1, n * 1000L / bytesPerSecond));
                    }
                    out.write(buf, 0, n);
                    out.flush();
                    if (toClient) {
                        bytesToClient.addAndGet(n);
                    }
                }
            } catch (IOException e) {
                // a cut connection ends the pump
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        cutAll();
    }
}
