package dev.opentill.peripherals.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.discovery.Candidate.Answer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkScanTest {

    /** A one-connection-at-a-time listener that answers each byte it gets with {@code reply}. */
    private static ServerSocket listener(byte[] reply) throws Exception {
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream();
                    byte[] buf = new byte[16];
                    while (in.read(buf) > 0) {
                        out.write(reply);
                        out.flush();
                    }
                } catch (Exception e) {
                    // closed by the test or the peer
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static NetworkScan on(int port) {
        return new NetworkScan(port, Duration.ofMillis(500), Duration.ofMillis(800), Duration.ofSeconds(10), 4);
    }

    @Test
    void aListenerAnsweringDleEotAsAPrinterIsFound() throws Exception {
        try (ServerSocket printer = listener(new byte[]{0x12})) {
            List<Candidate> found = on(printer.getLocalPort()).scan(List.of("127.0.0.1"));

            assertThat(found).singleElement().satisfies(c -> {
                assertThat(c.answer()).isEqualTo(Answer.PRINTER);
                assertThat(c.connection()).isEqualTo("tcp:127.0.0.1:" + printer.getLocalPort());
            });
        }
    }

    @Test
    void aListenerAnsweringGarbageIsReportedAsSuchAndAClosedPortNotAtAll() throws Exception {
        try (ServerSocket web = listener("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes())) {
            int closedPort;
            try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = gone.getLocalPort();
            }
            assertThat(on(web.getLocalPort()).scan(List.of("127.0.0.1"))).singleElement()
                    .extracting(Candidate::answer).isEqualTo(Answer.GARBAGE);
            assertThat(on(closedPort).scan(List.of("127.0.0.1"))).isEmpty();
        }
    }

    @Test
    void theLocalSubnetScanIsBoundedToTheNeighboursOfThisMachine() throws Exception {
        List<String> hosts = NetworkScan.subnet(InetAddress.getByName("192.168.7.20"), 24);

        assertThat(hosts).hasSize(253).contains("192.168.7.1", "192.168.7.254").doesNotContain("192.168.7.20",
                "192.168.7.0", "192.168.7.255");
        assertThat(NetworkScan.subnet(InetAddress.getByName("10.1.2.200"), 25)).hasSize(125)
                .contains("10.1.2.129");
    }
}
