package dev.opentill.bench;

import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptCode;
import dev.opentill.peripherals.printer.ReceiptLayout;
import dev.opentill.peripherals.printer.ReceiptRenderers;
import dev.opentill.peripherals.scanner.ScannerConfig;
import dev.opentill.peripherals.scanner.SerialBarcodeScanner;
import dev.opentill.peripherals.transport.SerialTransport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import jssc.SerialPort;

/**
 * Peripheral figures: ESC/POS encoding of a 30-line Chinese/English receipt with logo and QR, and
 * the time from a scanner's terminator byte to the scan listener over a socat virtual serial port.
 */
public final class PeripheralsBenchmark {
    private static final int ENCODE_WARMUP = 20000;
    private static final int ENCODE_RUNS = 5000;
    private static final int SCAN_WARMUP = 50;
    private static final int SCAN_RUNS = 400;

    private PeripheralsBenchmark() {
    }

    public static void run() {
        encode();
        try {
            scan();
        } catch (Exception e) {
            System.out.println("# scan_to_event skipped: " + e.getMessage());
        }
    }

    private static void encode() {
        Receipt receipt = receipt(30);
        PrinterProfile profile = PrinterProfile.EPSON_80MM;
        ReceiptLayout layout = new ReceiptLayout(profile, ReceiptCode.QR);
        long sink = 0;
        for (int i = 0; i < ENCODE_WARMUP; i++) {
            sink += ReceiptRenderers.escPos(layout.layout(receipt), profile).length;
        }
        long[] nanos = new long[ENCODE_RUNS];
        for (int i = 0; i < ENCODE_RUNS; i++) {
            long t0 = System.nanoTime();
            sink += ReceiptRenderers.escPos(layout.layout(receipt), profile).length;
            nanos[i] = System.nanoTime() - t0;
        }
        System.out.println("# receipt bytes " + ReceiptRenderers.escPos(layout.layout(receipt), profile).length + " ("
                + (sink > 0 ? "ok" : "?") + ")");
        print("receipt_encode", nanos);
    }

    private static void scan() throws Exception {
        Path dir = Files.createTempDirectory("opentill-bench-scan");
        Path app = dir.resolve("app");
        Path dev = dir.resolve("dev");
        Process socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + app,
                "pty,raw,echo=0,link=" + dev)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!(Files.exists(app) && Files.exists(dev))) {
                if (System.nanoTime() > deadline || !socat.isAlive()) {
                    throw new IOException("socat did not start");
                }
                Thread.sleep(5);
            }
            SerialSettings settings = SerialSettings.of(app.toString(), 115200);
            ScannerConfig config = ScannerConfig.of("bench-scanner", new Connection.Serial(settings));
            LinkedBlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
            SerialPort gun = new SerialPort(dev.toString());
            gun.openPort();
            try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(config, new SerialTransport(settings))) {
                scanner.addScanListener(s -> arrivals.offer(System.nanoTime()));
                Thread.sleep(200);
                byte[] body = "6901234567892".getBytes(StandardCharsets.US_ASCII);
                byte[] cr = {'\r'};
                long[] nanos = new long[SCAN_RUNS];
                for (int i = 0; i < SCAN_WARMUP + SCAN_RUNS; i++) {
                    gun.writeBytes(body);
                    Thread.sleep(3); // the code's bytes are in; time only the terminator
                    long t0 = System.nanoTime();
                    gun.writeBytes(cr);
                    Long t1 = arrivals.poll(2, TimeUnit.SECONDS);
                    if (t1 == null) {
                        throw new IOException("scan " + i + " never reached the listener");
                    }
                    if (i >= SCAN_WARMUP) {
                        nanos[i - SCAN_WARMUP] = t1 - t0;
                    }
                    Thread.sleep(2);
                }
                print("scan_to_event", nanos);
            } finally {
                gun.closePort();
            }
        } finally {
            socat.destroy();
            socat.waitFor(2, TimeUnit.SECONDS);
            Files.deleteIfExists(app);
            Files.deleteIfExists(dev);
            Files.deleteIfExists(dir);
        }
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "figure %s_p50_ms %.3f ms%n", name, percentile(sorted, 0.50) / 1e6);
        System.out.printf(Locale.ROOT, "figure %s_p99_ms %.3f ms%n", name, percentile(sorted, 0.99) / 1e6);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static Money cny(long fen) {
        return Money.ofMinor(fen, Money.CNY);
    }

    /** A sale of {@code n} lines mixing Chinese and English names, some weighed or discounted. */
    static Receipt receipt(int n) {
        String[] names = {"农夫山泉 550ml", "Coca-Cola 330ml", "散装苹果", "Oreo 奥利奥饼干", "康师傅红烧牛肉面",
                "Lay's 乐事薯片 原味 70g", "Fresh milk 鲜牛奶 1L", "Bananas"};
        List<Receipt.Line> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            boolean weighed = i % 5 == 2;
            long qty = weighed ? 532 : (i % 3 == 0 ? 2000 : 1000);
            long unit = 150 + i * 37L;
            long discount = i % 4 == 1 ? 50 : 0;
            long amount = unit * qty / 1000 - discount;
            total += amount;
            lines.add(new Receipt.Line(names[i % names.length], "69" + i, qty, weighed, cny(unit), cny(discount),
                    cny(amount), false));
        }
        return new Receipt(Receipt.Kind.SALE, false, Locale.SIMPLIFIED_CHINESE,
                new Receipt.StoreHeader("好邻居便利店 Good Neighbour", "北京市朝阳区建国路88号", "010-12345678", "91110000MA01",
                        logo()),
                "S0001-T01", "S0001-T01-00000042",
                ZonedDateTime.of(2026, 11, 21, 10, 15, 0, 0, ZoneId.of("Asia/Shanghai")),
                "王芳", lines, cny(total), cny(0), cny(total), List.of(new TaxLine(1300, cny(total * 100 / 113),
                        cny(total - total * 100 / 113), cny(total))),
                List.of(new Receipt.Payment("CASH", cny(total + 1000), "")), cny(0), cny(1000), "****5678",
                List.of("谢谢惠顾，欢迎再来！", "Thank you for shopping"), "S0001-T01-00000042", null);
    }

    private static byte[] logo() {
        BufferedImage img = new BufferedImage(300, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int x = 0; x < 300; x++) {
            g.setColor(new Color(x * 255 / 300, x * 255 / 300, x * 255 / 300));
            g.drawLine(x, 0, x, 79);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

}
