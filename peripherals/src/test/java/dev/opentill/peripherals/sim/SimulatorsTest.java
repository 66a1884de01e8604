package dev.opentill.peripherals.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import dev.opentill.core.money.Money;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceNotReadyException;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.display.CustomerDisplay;
import dev.opentill.peripherals.display.DisplayCommandSet;
import dev.opentill.peripherals.display.DisplayConfig;
import dev.opentill.peripherals.drawer.CashDrawer;
import dev.opentill.peripherals.drawer.DrawerConfig;
import dev.opentill.peripherals.drawer.DrawerState;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptCode;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scale.Scale;
import dev.opentill.peripherals.scale.ScaleConfig;
import dev.opentill.peripherals.scale.WeightReading;
import dev.opentill.peripherals.scanner.BarcodeScanner;
import dev.opentill.peripherals.scanner.ScannerConfig;
import dev.opentill.peripherals.testing.SampleReceipts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SimulatorsTest {
    private static final Connection SIM = new Connection.Simulated();

    private static String decode(BufferedImage image, BarcodeFormat format) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true,
                DecodeHintType.POSSIBLE_FORMATS, List.of(format))).getText();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void simulatedPrinterTurnsTheReceiptBackIntoTextAndAPngWhoseQrScans() throws Exception {
        SimulatedPrinter paper = new SimulatedPrinter(PrinterProfile.EPSON_80MM);
        try (ReceiptPrinter printer = Peripherals.simulatedPrinter(
                PrinterConfig.of("sim", SIM, PrinterProfile.EPSON_80MM),
                paper)) {
            printer.print(SampleReceipts.chineseSale()).get(3, TimeUnit.SECONDS);
        }
        assertThat(paper.pages()).hasSize(1);
        assertThat(paper.pages().get(0)).contains("好邻居便利店", "散装苹果", "找零", "[qr S0001-T01-00000042]");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(paper.png()));
        assertThat(png.getWidth()).isEqualTo(576);
        assertThat(decode(png, BarcodeFormat.QR_CODE)).isEqualTo("S0001-T01-00000042");
    }

    @Test
    void receiptNumberPrintedAsCode128ScansBackFromTheImage() throws Exception {
        SimulatedPrinter paper = new SimulatedPrinter(PrinterProfile.EPSON_80MM);
        PrinterConfig config = PrinterConfig.of("sim", SIM, PrinterProfile.EPSON_80MM)
                .withReceiptCode(ReceiptCode.CODE128);
        try (ReceiptPrinter printer = Peripherals.simulatedPrinter(config, paper)) {
            printer.print(SampleReceipts.englishSale()).get(3, TimeUnit.SECONDS);
        }
        assertThat(decode(paper.image(), BarcodeFormat.CODE_128)).isEqualTo("S0001-T01-00000043");
    }

    @Test
    void aCode128TooWideFor58mmPaperPrintsAsAQrThatScansBack() throws Exception {
        SimulatedPrinter paper = new SimulatedPrinter(PrinterProfile.GENERIC_58MM);
        PrinterConfig config = PrinterConfig.of("sim", SIM, PrinterProfile.GENERIC_58MM)
                .withReceiptCode(ReceiptCode.CODE128);
        try (ReceiptPrinter printer = Peripherals.simulatedPrinter(config, paper)) {
            printer.print(SampleReceipts.englishSale()).get(3, TimeUnit.SECONDS);
        }
        assertThat(decode(paper.image(), BarcodeFormat.QR_CODE)).isEqualTo("S0001-T01-00000043");
    }

    @Test
    void testPageEan13ScansBackFromTheImage() throws Exception {
        SimulatedPrinter paper = new SimulatedPrinter(PrinterProfile.GENERIC_80MM_42);
        try (ReceiptPrinter printer = Peripherals.simulatedPrinter(PrinterConfig.of("sim", SIM,
                PrinterProfile.GENERIC_80MM_42), paper)) {
            printer.printTestPage().get(3, TimeUnit.SECONDS);
        }
        assertThat(paper.text()).contains("苹果 Apple 6×35g", "Café crème “℃ №”…");
        assertThat(decode(paper.image(), BarcodeFormat.EAN_13)).isEqualTo("6901234567892");
    }

    @Test
    void paperOutStopsPrintingAndTheDrawerStillOpensAndReportsItsState() throws Exception {
        SimulatedPrinter paper = new SimulatedPrinter(PrinterProfile.EPSON_80MM);
        PrinterConfig config = PrinterConfig.of("sim", SIM, PrinterProfile.EPSON_80MM)
                .withTimeouts(Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(3));
        try (ReceiptPrinter printer = Peripherals.simulatedPrinter(config, paper);
                CashDrawer drawer = Peripherals.drawer(DrawerConfig.viaPrinter("drawer")
                        .withLeftOpenAfter(Duration.ofMillis(200)), printer)) {
            paper.setPaperOut(true);
            assertThatThrownBy(() -> printer.print(SampleReceipts.englishSale()).get(3, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DeviceNotReadyException.class);
            drawer.open().get(3, TimeUnit.SECONDS);
            assertThat(paper.drawerKicks()).isEqualTo(1);
            await(() -> drawer.state() == DrawerState.OPEN);
            await(() -> drawer.status().has(Condition.DRAWER_LEFT_OPEN));
            paper.closeDrawer();
            await(() -> drawer.state() == DrawerState.CLOSED);
        }
    }

    @Test
    void theSimulatedDrawerIsPushedShutAfterItsDelaySoItsOpenStateClears() throws Exception {
        SimulatedPrinter paper = new SimulatedPrinter(PrinterProfile.EPSON_80MM);
        paper.setDrawerClosesAfter(Duration.ofMillis(300));
        PrinterConfig config = PrinterConfig.of("sim", SIM, PrinterProfile.EPSON_80MM)
                .withTimeouts(Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(3));
        try (ReceiptPrinter printer = Peripherals.simulatedPrinter(config, paper);
                CashDrawer drawer = Peripherals.drawer(DrawerConfig.viaPrinter("drawer"), printer)) {
            drawer.open().get(3, TimeUnit.SECONDS);
            await(() -> drawer.state() == DrawerState.OPEN);

            await(() -> drawer.state() == DrawerState.CLOSED);
            assertThat(paper.drawerOpen()).isFalse();
        }
    }

    @Test
    void simulatedScannerDeliversTypedCodesAndDropsNoise() throws Exception {
        ScannerConfig config = ScannerConfig.of("scanner", SIM);
        SimulatedScanner hand = new SimulatedScanner(config);
        BlockingQueue<String> scans = new LinkedBlockingQueue<>();
        try (BarcodeScanner scanner = Peripherals.scanner(config, hand)) {
            scanner.addScanListener(s -> scans.add(s.code()));
            hand.typeRaw(new byte[]{0x00, (byte) 0xFF, '\r'});
            hand.type("6901234567892");
            assertThat(scans.poll(2, TimeUnit.SECONDS)).isEqualTo("6901234567892");
            assertThat(scans.poll(100, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void simulatedScaleReportsTheWeightItWasGiven() throws Exception {
        SimulatedScale plate = new SimulatedScale();
        try (Scale scale = Peripherals.scale(ScaleConfig.of("scale", SIM), plate)) {
            plate.setWeight(new BigDecimal("0.532"));
            WeightReading r = scale.read().get(2, TimeUnit.SECONDS);
            assertThat(r.grams()).isEqualTo(532);
            assertThat(r.sellable()).isTrue();
            plate.setMotion(true);
            assertThat(scale.read().get(2, TimeUnit.SECONDS).state()).isEqualTo(WeightReading.State.MOTION);
            plate.setMotion(false);
            plate.setWeight(new BigDecimal("20"));
            assertThat(scale.read().get(2, TimeUnit.SECONDS).state()).isEqualTo(WeightReading.State.OVERLOAD);
            assertThat(scale.zero().get(2, TimeUnit.SECONDS).state()).isEqualTo(WeightReading.State.ZERO);
        }
    }

    @Test
    void simulatedDisplayShowsChineseOnACjkDisplay() throws Exception {
        SimulatedDisplay pole = new SimulatedDisplay(DisplayCommandSet.EPSON_DMD);
        DisplayConfig config = new DisplayConfig("display", SIM, DisplayCommandSet.EPSON_DMD, true,
                Locale.SIMPLIFIED_CHINESE);
        try (CustomerDisplay display = Peripherals.display(config, pole)) {
            display.total(Money.ofMinor(2181, Money.CNY)).get(2, TimeUnit.SECONDS);
            assertThat(pole.upper()).isEqualTo("合计");
            assertThat(pole.lower()).isEqualTo("               21.81");
        }
    }
}
