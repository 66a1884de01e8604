package dev.opentill.peripherals.discovery;

import dev.opentill.peripherals.discovery.Candidate.Answer;
import dev.opentill.peripherals.discovery.Candidate.Source;
import dev.opentill.peripherals.transport.TcpTransport;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Looks for network printers: a TCP connect to port 9100 on each host of the local IPv4 subnets,
 * then DLE EOT 1 to those that accept. Bounded: at most {@link #MAX_HOSTS} hosts (a /24 around
 * each address of this machine, never a whole /16), {@code threads} at a time, each connect within
 * {@code connectTimeout}, and the whole scan within {@code deadline}; what did not finish is left out.
 */
public final class NetworkScan {
    public static final int MAX_HOSTS = 1024;

    private final int port;
    private final Duration connectTimeout;
    private final Duration answerTimeout;
    private final Duration deadline;
    private final int threads;

    public NetworkScan(int port, Duration connectTimeout, Duration answerTimeout, Duration deadline, int threads) {
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.answerTimeout = answerTimeout;
        this.deadline = deadline;
        this.threads = threads;
    }

    /** Port 9100, 300 ms per connect, 500 ms for the answer, 20 s in all, 64 at a time. */
    public static NetworkScan defaults() {
        return new NetworkScan(9100, Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofSeconds(20), 64);
    }

    /** Scans the hosts of this machine's own IPv4 subnets (loopback excluded). */
    public List<Candidate> scanLocalSubnets() {
        return scan(localHosts());
    }

    /** Scans {@code hosts} (names or addresses), in order, at most {@link #MAX_HOSTS} of them. */
    public List<Candidate> scan(List<String> hosts) {
        List<String> bounded = hosts.size() > MAX_HOSTS ? hosts.subList(0, MAX_HOSTS) : hosts;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, bounded.size())), r -> {
            Thread t = new Thread(r, "opentill-netscan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Candidate>> jobs = new ArrayList<>();
            for (String h : bounded) {
                jobs.add(pool.submit(() -> probe(h)));
            }
            long end = System.nanoTime() + deadline.toNanos();
            List<Candidate> found = new ArrayList<>();
            for (Future<Candidate> f : jobs) {
                long left = end - System.nanoTime();
                try {
                    Candidate c = left <= 0 && !f.isDone() ? null : f.get(Math.max(0, left), TimeUnit.NANOSECONDS);
                    if (c != null) {
                        found.add(c);
                    }
                } catch (Exception e) {
                    f.cancel(true); // too late or failed: not a candidate
                }
            }
            return found;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Null when nothing listens on the port. */
    Candidate probe(String host) {
        TcpTransport t = new TcpTransport(host, port, connectTimeout);
        try {
            t.open();
        } catch (IOException e) {
            return null;
        }
        try {
            return new Candidate(Source.NETWORK, "tcp:" + host + ":" + port, host, PrinterProbe.ask(t, answerTimeout));
        } catch (IOException e) {
            return new Candidate(Source.NETWORK, "tcp:" + host + ":" + port, host, Answer.SILENT);
        } finally {
            t.close();
        }
    }

    /** The other hosts of each local IPv4 subnet, a /24 at most around this machine's address. */
    static List<String> localHosts() {
        Set<String> hosts = new LinkedHashSet<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) {
                    continue;
                }
                for (InterfaceAddress a : ni.getInterfaceAddresses()) {
                    if (a.getAddress() instanceof Inet4Address v4) {
                        hosts.addAll(subnet(v4, Math.max(a.getNetworkPrefixLength(), (short) 24)));
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return new ArrayList<>(hosts);
    }

    static List<String> subnet(InetAddress self, int prefix) {
        byte[] b = self.getAddress();
        int ip = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
        int base = ip & mask;
        int size = 1 << (32 - prefix);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < size - 1; i++) {
            int h = base + i;
            if (h != ip) {
                out.add(((h >>> 24) & 0xff) + "." + ((h >>> 16) & 0xff) + "." + ((h >>> 8) & 0xff) + "." + (h & 0xff));
            }
        }
        return out;
    }
}
