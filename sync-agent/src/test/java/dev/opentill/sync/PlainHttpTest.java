package dev.opentill.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.opentill.sync.SyncError.Kind;
import dev.opentill.sync.internal.CentralAddress;
import dev.opentill.sync.internal.TillSettings;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till sends its credential and enrollment codes only over https, or over plain http to this
 * machine, unless the store allows plain http. A refused address gets no request at all: a real
 * server on this machine's own network address counts what reaches it.
 */
class PlainHttpTest {
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String lanUrl;

    @BeforeEach
    void startServerOnTheNetworkAddress() throws IOException {
        Optional<InetAddress> lan = networkAddress();
        assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address");
        server = HttpServer.create(new InetSocketAddress(lan.get(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        lanUrl = "http://" + lan.get().getHostAddress() + ":" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void httpsAndThisMachineArePassedPlainHttpElsewhereIsRefused() {
        assertThatCode(() -> CentralAddress.check("https://central.example.com", false)).doesNotThrowAnyException();
        assertThatCode(() -> CentralAddress.check("http://127.0.0.1:7070", false)).doesNotThrowAnyException();
        assertThatCode(() -> CentralAddress.check("http://localhost:7070", false)).doesNotThrowAnyException();
        assertThatCode(() -> CentralAddress.check("http://[::1]:7070", false)).doesNotThrowAnyException();
        assertThatCode(() -> CentralAddress.check("http://central.example.com", true)).doesNotThrowAnyException();
        assertThat(kindOf("http://central.example.com")).isEqualTo(Kind.PLAIN_HTTP);
        assertThat(kindOf("http://10.1.2.3:7070")).isEqualTo(Kind.PLAIN_HTTP);
        assertThat(kindOf("http://127.0.0.1.example.com")).isEqualTo(Kind.PLAIN_HTTP);
        assertThat(kindOf("not a url")).isEqualTo(Kind.WRONG_URL);
    }

    @Test
    void enrollmentOverPlainHttpToAnotherMachineSendsNoCodeAndLeavesTheTillUnenrolled(@TempDir Path dir) {
        try (TillFixture till = new TillFixture(dir, "S1", "T1")) {
            assertThatThrownBy(() -> Enrollment.enroll(till.dsl(), lanUrl, "SECRET-CODE", "till-1"))
                    .isInstanceOfSatisfying(SyncException.class, e -> {
                        assertThat(e.error().kind()).isEqualTo(Kind.PLAIN_HTTP);
                        assertThat(e.error().message(Locale.ENGLISH)).contains(lanUrl).contains("https://");
                        assertThat(e.error().message(Locale.SIMPLIFIED_CHINESE)).contains(lanUrl).contains("明文");
                    });

            assertThat(requests).hasValue(0);
            assertThat(Enrollment.isEnrolled(till.dsl())).isFalse();
            assertThat(TillSettings.get(till.dsl(), TillSettings.SYNC_URL)).isNull();
        }
    }

    @Test
    void aStoreThatAllowsPlainHttpReachesTheCentreOverIt(@TempDir Path dir) {
        try (TillFixture till = new TillFixture(dir, "S1", "T1")) {
            TillSettings.put(till.dsl(), TillSettings.ALLOW_PLAIN_HTTP, "true");

            assertThatThrownBy(() -> Enrollment.enroll(till.dsl(), lanUrl, "CODE", "till-1"))
                    .isInstanceOfSatisfying(SyncException.class,
                            e -> assertThat(e.error().kind()).isNotEqualTo(Kind.PLAIN_HTTP));
            assertThat(requests.get()).isPositive();
        }
    }

    @Test
    void theAgentShowsWhyItWillNotSyncAndSendsNothing(@TempDir Path dir) {
        try (TillFixture till = new TillFixture(dir, "S1", "T1")) {
            TillSettings.put(till.dsl(), TillSettings.SYNC_URL, lanUrl);
            TillSettings.put(till.dsl(), TillSettings.SYNC_CREDENTIAL, "id.secret");
            try (SyncAgent agent = till.agent()) {
                SyncStatus status = agent.syncNow();

                assertThat(status.lastError()).isNotNull();
                assertThat(status.lastError().kind()).isEqualTo(Kind.PLAIN_HTTP);
                assertThat(status.online()).isFalse();
            }
            assertThat(requests).hasValue(0);
        }
    }

    private static Kind kindOf(String url) {
        try {
            CentralAddress.check(url, false);
            return null;
        } catch (SyncException e) {
            return e.error().kind();
        }
    }

    private static Optional<InetAddress> networkAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
