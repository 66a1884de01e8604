package dev.opentill.peripherals.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceStatus.Availability;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import dev.opentill.peripherals.transport.SerialTransport;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class SerialBarcodeScannerTest {
    @TempDir
    Path dir;

    @Test
    void scansArriveOnABackgroundThreadAndGarbageIsRejected() throws Exception {
        try (SocatPair pair = new SocatPair(dir, "scanner")) {
            SerialSettings settings = SerialSettings.of(pair.appPort(), 9600);
            ScannerConfig config = ScannerConfig.of("scanner", new Connection.Serial(settings))
                    .withSuffix(ScannerConfig.Suffix.CRLF);
            BlockingQueue<String> scans = new LinkedBlockingQueue<>();
            BlockingQueue<String> rejects = new LinkedBlockingQueue<>();
            Thread test = Thread.currentThread();
            try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(config, new SerialTransport(settings));
                    FarEnd gun = new FarEnd(pair.devicePort())) {
                scanner.addScanListener(new ScanListener() {
                    @Override
                    public void onScan(Scan scan) {
                        scans.add(scan.code() + (Thread.currentThread() == test ? " on test thread" : ""));
                    }

                    @Override
                    public void onRejected(String raw, String reason) {
                        rejects.add(reason);
                    }
                });
                gun.write(new byte[]{(byte) 0xFE, 0x01, (byte) 0x80, '9', '\r', '\n'});
                assertThat(rejects.poll(2, TimeUnit.SECONDS)).isEqualTo("noise in frame");
                gun.write("6901234567892\r\n");
                assertThat(scans.poll(2, TimeUnit.SECONDS)).isEqualTo("6901234567892");
                gun.write("12345");
                Thread.sleep(300);
                gun.write("S0001-T01-00000042\r\n");
                assertThat(scans.poll(2, TimeUnit.SECONDS)).isEqualTo("S0001-T01-00000042");
                assertThat(rejects.poll(2, TimeUnit.SECONDS)).isEqualTo("partial frame, no terminator");
                assertThat(scanner.status().availability()).isEqualTo(Availability.ONLINE);
            }
        }
    }

    @Test
    void unpluggedScannerGoesOfflineAndScansAgainWhenBack() throws Exception {
        try (SocatPair pair = new SocatPair(dir, "scanner2")) {
            SerialSettings settings = SerialSettings.of(pair.appPort(), 9600);
            ScannerConfig config = ScannerConfig.of("scanner", new Connection.Serial(settings));
            BlockingQueue<String> scans = new LinkedBlockingQueue<>();
            try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(config, new SerialTransport(settings))) {
                scanner.addScanListener(s -> scans.add(s.code()));
                pair.kill();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (scanner.status().availability() != Availability.OFFLINE && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(scanner.status().availability()).isEqualTo(Availability.OFFLINE);
                pair.restart();
                try (FarEnd gun = new FarEnd(pair.devicePort())) {
                    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                    while (scanner.status().availability() != Availability.ONLINE && System.nanoTime() < deadline) {
                        Thread.sleep(10);
                    }
                    gun.write("ABC123\r");
                    assertThat(scans.poll(2, TimeUnit.SECONDS)).isEqualTo("ABC123");
                }
            }
        }
    }
}
