package dev.opentill.sync;

import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.TERMINAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.sync.internal.TillSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against the centre's embedded H2 default, so that path is proven end to end too. */
class AgentStatusTest {
    @TempDir
    static Path centralDir;
    private static CentralFixture central;
    private static List<UUID> products;

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.startEmbedded(centralDir);
        central.seedTaxAndCategory();
        products = central.products("STATUS", 3);
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    @Test
    void enrollmentTradesAOneTimeCodeForACredentialTheCentreKeepsOnlyAsAHash(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        String code = central.storeWithTerminal(store, "T1");
        try (TillFixture till = new TillFixture(dir, store, "T1")) {
            var response = Enrollment.enroll(till.dsl(), central.url(), code, "till-1");

            String credential = TillSettings.get(till.dsl(), TillSettings.SYNC_CREDENTIAL);
            String stored = central.dsl().select(TERMINAL.CREDENTIAL_HASH).from(TERMINAL)
                    .where(TERMINAL.ID.eq(UUID.fromString(credential.substring(0, credential.indexOf('.')))))
                    .fetchSingle().value1();
            assertThat(response.storeCode()).isEqualTo(store);
            assertThat(TillSettings.get(till.dsl(), TillSettings.STORE_CODE)).isEqualTo(store);
            assertThat(TillSettings.get(till.dsl(), TillSettings.TERMINAL_CODE)).isEqualTo("T1");
            assertThat(TillSettings.get(till.dsl(), TillSettings.SYNC_URL)).isEqualTo(central.url());
            assertThat(stored).doesNotContain(credential.substring(credential.indexOf('.') + 1));
            assertThat(PinHasher.verify(credential, stored)).isTrue();
            assertThatThrownBy(() -> Enrollment.enroll(till.dsl(), central.url(), code, "again"))
                    .isInstanceOfSatisfying(SyncException.class,
                            e -> assertThat(e.error().kind()).isEqualTo(SyncError.Kind.ENROLLMENT_REFUSED));
        }
    }

    @Test
    void aNudgePushesACompletedSaleAtOnceAndListenersHearAboutIt(@TempDir Path dir) throws Exception {
        try (TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", central.url());
                SyncAgent agent = till.agent()) {
            List<SyncStatus> heard = new CopyOnWriteArrayList<>();
            agent.addListener(heard::add);
            agent.start();
            FaultInjectionTest.await(() -> !heard.isEmpty());

            SaleEvent sale = till.sell(products.subList(0, 2), null);
            agent.nudge();
            FaultInjectionTest.await(() -> till.pending() == 0);

            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(sale.eventId()))).isEqualTo(1);
            FaultInjectionTest.await(() -> heard.get(heard.size() - 1).pendingCount() == 0);
            SyncStatus last = heard.get(heard.size() - 1);
            assertThat(last.online()).isTrue();
            assertThat(last.lastSuccess()).isNotNull();
            assertThat(last.oldestPendingAge()).isEqualTo(Duration.ZERO);
        }
    }

    @Test
    void aRevokedCredentialGivesAClearMessageAndTheTillKeepsItsSales(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        try (TillFixture till = TillFixture.enrolled(dir, central, store, "T1", central.url());
                SyncAgent agent = till.agent()) {
            till.sell(products.subList(0, 1), null);
            central.admin("/stores/" + store + "/terminals/T1/revoke", Map.of());

            SyncStatus status = agent.syncNow();
            till.sell(products.subList(1, 2), null);

            assertThat(status.online()).isFalse();
            assertThat(status.lastError().kind()).isEqualTo(SyncError.Kind.CREDENTIAL_REFUSED);
            assertThat(status.lastError().message(Locale.ENGLISH)).contains("Enroll the till again");
            assertThat(status.lastError().message(Locale.SIMPLIFIED_CHINESE)).contains("重新注册");
            assertThat(status.pendingCount()).isEqualTo(1);
            assertThat(till.pending()).isEqualTo(2);
        }
    }

    @Test
    void aUrlThatIsNotACentralPlatformAndAClosedPortAreToldApart(@TempDir Path dir) throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", ex -> {
            byte[] page = "<html>router login</html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        other.start();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", central.url());
                SyncAgent agent = till.agent()) {
            till.sell(products.subList(0, 1), null);
            TillSettings.put(till.dsl(), TillSettings.SYNC_URL, "http://127.0.0.1:" + other.getAddress().getPort());
            SyncStatus wrong = agent.syncNow();
            TillSettings.put(till.dsl(), TillSettings.SYNC_URL, "http://127.0.0.1:" + closedPort);
            SyncStatus closed = agent.syncNow();

            assertThat(wrong.lastError().kind()).isEqualTo(SyncError.Kind.WRONG_URL);
            assertThat(wrong.lastError().message(Locale.ENGLISH)).contains("is not an OpenTill central platform");
            assertThat(closed.lastError().kind()).isEqualTo(SyncError.Kind.UNREACHABLE);
            assertThat(closed.pendingCount()).isEqualTo(1);
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aClockFarOffIsReportedWhileSalesStillReachTheCentre(@TempDir Path dir) {
        try (TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", central.url());
                SyncAgent agent = SyncAgent.create(till.store(), TillFixture.testConfig()
                        .withClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-3))))) {
            SaleEvent sale = till.sell(products.subList(0, 1), null);

            SyncStatus status = agent.syncNow();

            assertThat(status.online()).isTrue();
            assertThat(status.lastError().kind()).isEqualTo(SyncError.Kind.CLOCK_SKEW);
            assertThat(status.lastError().message(Locale.ENGLISH)).contains("180 minutes");
            assertThat(status.pendingCount()).isZero();
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(sale.eventId()))).isEqualTo(1);
        }
    }

    @Test
    void aTillThatWasNeverEnrolledSaysSo(@TempDir Path dir) {
        try (TillFixture till = new TillFixture(dir, "S", "T1"); SyncAgent agent = till.agent()) {
            till.sell(products.subList(0, 1), null);

            SyncStatus status = agent.syncNow();

            assertThat(status.lastError().kind()).isEqualTo(SyncError.Kind.NOT_ENROLLED);
            assertThat(status.pendingCount()).isEqualTo(1);
        }
    }
}
