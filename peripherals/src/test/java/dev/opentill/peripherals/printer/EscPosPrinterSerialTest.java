package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceNotReadyException;
import dev.opentill.peripherals.DeviceOfflineException;
import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Availability;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.printer.escpos.StrictEscPosDecoder;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SampleReceipts;
import dev.opentill.peripherals.testing.SocatPair;
import dev.opentill.peripherals.transport.SerialTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import java.util.Arrays;

@Timeout(30)
class EscPosPrinterSerialTest {
    @TempDir
    Path dir;
    private SocatPair pair;
    private FakeEscPosPrinter device;
    private EscPosPrinter printer;
    private final List<DeviceStatus> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void wire() throws Exception {
        pair = new SocatPair(dir, "printer");
        device = new FakeEscPosPrinter(pair.devicePort());
        SerialSettings settings = SerialSettings.of(pair.appPort(), 115200);
        PrinterConfig config = PrinterConfig.of("printer", new Connection.Serial(settings), PrinterProfile.EPSON_80MM)
                .withDrawerSensor(DrawerSensor.OPEN_WHEN_HIGH)
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(600), Duration.ofSeconds(5));
        printer = new EscPosPrinter(config, new SerialTransport(settings));
        printer.addStatusListener(seen::add);
    }

    @AfterEach
    void unwire() throws Exception {
        printer.close();
        device.close();
        pair.close();
    }

    private void awaitAvailability(Availability a, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (printer.status().availability() != a && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(printer.status().availability()).as("status after %s", within).isEqualTo(a);
    }

    @Test
    void receiptArrivesAsExactlyTheRenderedBytes() throws Exception {
        var receipt = SampleReceipts.chineseSale();
        byte[] expected = ReceiptRenderers.escPos(new ReceiptLayout(PrinterProfile.EPSON_80MM, ReceiptCode.QR)
                .layout(receipt), PrinterProfile.EPSON_80MM);
        printer.print(receipt).get(5, TimeUnit.SECONDS);
        byte[] got = device.awaitBytes(expected.length, Duration.ofSeconds(3));
        assertThat(got).containsExactly(expected);
        assertThat(StrictEscPosDecoder.decode(got).lines()).anyMatch(l -> l.startsWith("合计"));
    }

    @Test
    void statusAnswersAreDecodedIntoConditions() throws Exception {
        // n=1 pin 3 high + offline, n=2 cover open, n=3 cutter error, n=4 near end
        device.setStatus(0x12 | 0x04 | 0x08, 0x12 | 0x04, 0x12 | 0x08, 0x12 | 0x0C);
        DeviceStatus s = printer.refreshStatus().get(3, TimeUnit.SECONDS);
        assertThat(s.availability()).isEqualTo(Availability.ONLINE);
        assertThat(s.conditions()).containsExactlyInAnyOrder(Condition.PRINTER_PAUSED, Condition.DRAWER_OPEN,
                Condition.COVER_OPEN, Condition.CUTTER_ERROR, Condition.PAPER_NEAR_END);
        assertThat(s.isReadyToPrint()).isFalse();
    }

    @Test
    void printingWithPaperOutFailsWithTheReasonAndSendsNothing() throws Exception {
        device.setStatus(0x12 | 0x08, 0x12 | 0x20, 0x12, 0x12 | 0x60);
        assertThatThrownBy(() -> printer.print(SampleReceipts.englishSale()).get(3, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DeviceNotReadyException.class)
                .hasMessageContaining("PAPER_OUT");
        assertThat(device.received()).isEmpty();
    }

    @Test
    void printerThatNeverAnswersIsOfflineWithinTwoSecondsAndSaysSo() throws Exception {
        awaitAvailability(Availability.ONLINE, Duration.ofSeconds(2));
        device.setAnswering(false);
        long start = System.nanoTime();
        awaitAvailability(Availability.OFFLINE, Duration.ofSeconds(2));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThatThrownBy(() -> printer.refreshStatus().get(3, TimeUnit.SECONDS)).cause()
                .isInstanceOf(DeviceOfflineException.class)
                .hasMessageMatching(".*(no answer to DLE EOT|did not finish reading status).*");
        device.setAnswering(true);
        awaitAvailability(Availability.ONLINE, Duration.ofSeconds(2));
    }

    @Test
    void unpluggedPrinterGoesOfflineAndIsFoundAgainWhenItComesBack() throws Exception {
        awaitAvailability(Availability.ONLINE, Duration.ofSeconds(2));
        device.close();
        pair.kill();
        awaitAvailability(Availability.OFFLINE, Duration.ofSeconds(2));
        assertThatThrownBy(() -> printer.print(SampleReceipts.englishSale()).get(3, TimeUnit.SECONDS)).cause()
                .isInstanceOf(DeviceOfflineException.class);

        pair.restart();
        device = new FakeEscPosPrinter(pair.devicePort());
        awaitAvailability(Availability.ONLINE, Duration.ofSeconds(3));
        printer.printTestPage().get(5, TimeUnit.SECONDS);
        int page = EscPosPrinter.testPage(PrinterProfile.EPSON_80MM, "printer").length; // the whole page, not a prefix
        assertThat(StrictEscPosDecoder.decode(device.awaitBytes(page, Duration.ofSeconds(2))).lines())
                .contains("OpenTill");
        assertThat(seen).extracting(DeviceStatus::availability).containsSubsequence(Availability.ONLINE,
                Availability.OFFLINE, Availability.ONLINE);
    }

    @Test
    void callsReturnAtOnceEvenWhileThePrinterIsSilent() {
        device.setAnswering(false);
        var receipt = SampleReceipts.chineseSale();
        long start = System.nanoTime();
        var future = printer.print(receipt);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a blocked call would take the 600 ms reply timeout")
                .isLessThan(Duration.ofMillis(300));
        assertThatThrownBy(() -> future.get(6, TimeUnit.SECONDS)).cause().isInstanceOf(DeviceOfflineException.class);
    }

    @Test
    void printerThatStopsReadingTimesOutTheJobAndRecoversWhenItDrains(@TempDir Path other) throws Exception {
        try (SocatPair stuck = new SocatPair(other, "stuck"); FarEnd far = new FarEnd(stuck.devicePort())) {
            SerialSettings settings = SerialSettings.of(stuck.appPort(), 115200);
            PrinterConfig config = PrinterConfig
                    .of("oneway", new Connection.Serial(settings), PrinterProfile.EPSON_80MM)
                    .withStatusReplies(false)
                    .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(600), Duration.ofSeconds(1));
            try (EscPosPrinter oneWay = new EscPosPrinter(config, new SerialTransport(settings))) {
                byte[] big = new byte[512 * 1024];
                Arrays.fill(big, (byte) 'x');
                long start = System.nanoTime();
                var job = oneWay.printDocument(big);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
                assertThatThrownBy(() -> job.get(3, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(DeviceOfflineException.class)
                        .hasMessageContaining("did not finish printing a document within 1000 ms");
                assertThat(oneWay.status().availability()).isEqualTo(Availability.OFFLINE);

                byte[] drained = far.readUntilQuiet(Duration.ofMillis(500), Duration.ofSeconds(5));
                assertThat(drained.length).as("the rest of the timed-out job is not sent").isLessThan(big.length);
                awaitOnline(oneWay);
                oneWay.printDocument(new byte[]{0x1B, 0x40, 'o', 'k', 0x0A}).get(3, TimeUnit.SECONDS);
                assertThat(far.read(5, Duration.ofSeconds(2))).containsExactly(0x1B, 0x40, 'o', 'k', 0x0A);
            }
        }
    }

    /** Status polling brings the printer back; on a loaded machine the poll can take several seconds. */
    private static void awaitOnline(EscPosPrinter p) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!p.status().isOnline() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(p.status().isOnline()).isTrue();
    }
}
