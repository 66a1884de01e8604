package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceStatus.Availability;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.Peripherals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import java.nio.charset.StandardCharsets;

@Timeout(30)
class EscPosPrinterTcpTest {

    /** A network printer on loopback: answers DLE EOT with paper-near-end and keeps the rest. */
    private static final class NetPrinter implements AutoCloseable {
        final ServerSocket server;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final Thread thread;
        volatile Socket client;

        NetPrinter(int port) throws IOException {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            thread = new Thread(this::serve, "net-printer");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket s = server.accept();
                        InputStream in = s.getInputStream();
                        OutputStream out = s.getOutputStream()) {
                    client = s;
                    int prev2 = -1;
                    int prev1 = -1;
                    int b;
                    while ((b = in.read()) >= 0) {
                        if (prev2 == 0x10 && prev1 == 0x04) {
                            out.write(b == 4 ? 0x12 | 0x0C : 0x12);
                            out.flush();
                        } else if (b != 0x10 && !(prev1 == 0x10 && b == 0x04)) {
                            synchronized (received) {
                                received.write(b);
                            }
                        }
                        prev2 = prev1;
                        prev1 = b;
                    }
                } catch (IOException e) {
                    // connection or server closed
                }
            }
        }

        String text() {
            synchronized (received) {
                return received.toString(StandardCharsets.ISO_8859_1);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            Socket c = client;
            if (c != null) {
                c.close(); // the printer is switched off: its connection dies too
            }
        }
    }

    private static void await(ReceiptPrinter p, Availability a) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (p.status().availability() != a && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(p.status().availability()).isEqualTo(a);
    }

    @Test
    void networkPrinterAnswersStatusGoesOfflineWhenItDiesAndReconnects() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        PrinterConfig config = PrinterConfig.of("net", new Connection.Tcp("127.0.0.1", port, Duration.ofMillis(500)),
                PrinterProfile.EPSON_80MM)
                .withTimeouts(Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(3));
        NetPrinter device = new NetPrinter(port);
        try (ReceiptPrinter printer = Peripherals.printer(config)) {
            await(printer, Availability.ONLINE);
            assertThat(printer.status().conditions()).containsExactly(Condition.PAPER_NEAR_END);

            device.close();
            await(printer, Availability.OFFLINE);

            device = new NetPrinter(port);
            await(printer, Availability.ONLINE);
            printer.printTestPage().get(3, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (!device.text().contains("OpenTill") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(device.text()).contains("OpenTill");
        } finally {
            device.close();
        }
    }
}
