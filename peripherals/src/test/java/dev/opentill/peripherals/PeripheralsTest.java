package dev.opentill.peripherals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.printer.EscPosPrinter;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scanner.ScannerConfig;
import dev.opentill.peripherals.testing.SampleReceipts;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class PeripheralsTest {

    @Test
    void impossibleBaudRateIsAClearConfigError() {
        assertThatThrownBy(() -> Connection.parse("serial:/dev/ttyUSB0?baud=9601"))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("Impossible baud rate 9601");
        assertThatThrownBy(() -> SerialSettings.of("/dev/ttyUSB0", 0)).isInstanceOf(DeviceConfigException.class);
    }

    @Test
    void unknownPortIsAClearConfigErrorNamingThePort(@TempDir Path dir) {
        String missing = dir.resolve("ttyUSB9").toString();
        PrinterConfig config = PrinterConfig.of("receipt", Connection.parse("serial:" + missing + "?baud=19200"),
                PrinterProfile.EPSON_80MM);
        assertThatThrownBy(() -> Peripherals.printer(config)).isInstanceOf(DeviceConfigException.class)
                .hasMessageContaining("Serial port " + missing + " for receipt does not exist");
        assertThatThrownBy(
                () -> Peripherals.scanner(ScannerConfig.of("scanner", Connection.parse("tcp:10.0.0.1:9100"))))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("must be on a serial port");
    }

    @Test
    void connectionStringsParseAndNonsenseIsRefused() {
        assertThat(Connection.parse("serial:COM3?baud=115200&parity=even&databits=7&stopbits=2&flow=rtscts"))
                .isEqualTo(new Connection.Serial(new SerialSettings("COM3", 115200, 7, SerialSettings.Parity.EVEN,
                        SerialSettings.StopBits.TWO, SerialSettings.FlowControl.RTS_CTS)));
        assertThat(Connection.parse("tcp:192.168.1.50")).isInstanceOf(Connection.Tcp.class)
                .extracting(c -> ((Connection.Tcp) c).port()).isEqualTo(9100);
        assertThat(Connection.parse("sim")).isInstanceOf(Connection.Simulated.class);
        assertThatThrownBy(() -> Connection.parse("usb:printer")).isInstanceOf(DeviceConfigException.class);
        assertThatThrownBy(() -> Connection.parse("tcp:host:99999")).hasMessageContaining("Impossible TCP port");
        assertThatThrownBy(() -> Connection.parse("serial:/dev/ttyS0?parity=purple")).hasMessageContaining("parity");
    }

    @Test
    void profileRefusesImpossiblePaper() {
        PrinterProfile p = PrinterProfile.GENERIC_58MM;
        assertThatThrownBy(() -> new PrinterProfile("x", "x", 58, 576, 203, 32, 42, p.codePage(), p.codePages(),
                p.chinese(), PrinterProfile.Cutter.NONE, false, true, 2, 6, Set.of()))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("58 mm");
        assertThatThrownBy(() -> PrinterProfile.named("tm-u220")).hasMessageContaining("Unknown printer model");
    }

    @Test
    void networkPrinterOnPort9100GetsTheExactDocument() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toByteArray();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            PrinterConfig config = PrinterConfig.of("net", new Connection.Tcp("127.0.0.1", server.getLocalPort(),
                    Duration.ofSeconds(1)), PrinterProfile.GENERIC_80MM_42).withStatusReplies(false);
            byte[] page = EscPosPrinter.testPage(PrinterProfile.GENERIC_80MM_42, "net");
            try (ReceiptPrinter printer = Peripherals.printer(config)) {
                printer.printTestPage().get(5, TimeUnit.SECONDS);
                assertThat(printer.status().isOnline()).isTrue();
            }
            assertThat(received.get(5, TimeUnit.SECONDS)).containsExactly(page);
        }
    }

    @Test
    void networkPrinterThatIsNotThereFailsFastAndShowsOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PrinterConfig config = PrinterConfig.of("net", new Connection.Tcp("127.0.0.1", port, Duration.ofMillis(500)),
                PrinterProfile.EPSON_80MM);
        try (ReceiptPrinter printer = Peripherals.printer(config)) {
            assertThatThrownBy(() -> printer.print(SampleReceipts.englishSale()).get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(DeviceOfflineException.class)
                    .hasMessageContaining("Cannot connect to tcp://127.0.0.1:" + port);
            assertThat(printer.status().availability()).isEqualTo(DeviceStatus.Availability.OFFLINE);
        }
    }

    @Test
    void deviceFilePrinterWritesTheDocumentToTheFile(@TempDir Path dir) throws Exception {
        Path lp = Files.createFile(dir.resolve("lp0"));
        PrinterConfig config = PrinterConfig.of("usb", new Connection.DeviceFile(lp), PrinterProfile.GENERIC_58MM);
        try (ReceiptPrinter printer = Peripherals.printer(config)) {
            printer.printTestPage().get(5, TimeUnit.SECONDS);
        }
        assertThat(Files.readAllBytes(lp)).containsExactly(EscPosPrinter.testPage(PrinterProfile.GENERIC_58MM, "usb"));
        assertThatThrownBy(
                () -> Peripherals.printer(PrinterConfig.of("usb", new Connection.DeviceFile(dir.resolve("lp1")),
                        PrinterProfile.GENERIC_58MM)))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("lp1");
    }
}
