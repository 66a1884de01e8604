package dev.opentill.peripherals.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.sim.SimulatedScanner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue #15 item 12: a scanner sending endless bytes without a terminator is bounded, reported and shown. */
@Timeout(30)
class ScannerOverrunTest {

    private static void await(SerialBarcodeScanner scanner, Predicate<DeviceStatus> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.test(scanner.status()) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(scanner.status()).matches(condition);
    }

    @Test
    void theStatusShowsTheOverrunWhileItLastsAndTheScannerScansAgainAfterIt() throws Exception {
        ScannerConfig config = ScannerConfig.of("scanner", new Connection.Simulated());
        SimulatedScanner gun = new SimulatedScanner(config);
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(config, gun)) {
            scanner.addScanListener(new ScanListener() {
                @Override
                public void onScan(Scan scan) {
                    heard.add("scan " + scan.code());
                }

                @Override
                public void onRejected(String raw, String reason) {
                    heard.add("rejected " + reason);
                }
            });
            byte[] noise = "0123456789".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200; i++) { // 2 MB with no terminator
                gun.typeRaw(noise);
            }
            await(scanner, s -> s.isOnline() && s.has(Condition.INPUT_OVERRUN));
            assertThat(scanner.status().detail()).contains("suffix");
            assertThat(heard.poll(2, TimeUnit.SECONDS)).startsWith("rejected frame longer than the maximum");

            gun.type("6901234567892");
            gun.type("6901234567892");

            await(scanner, s -> s.isOnline() && !s.has(Condition.INPUT_OVERRUN));
            // A slow machine may deliver the noise with a pause in it: each run of noise is reported on its own.
            String next = heard.poll(2, TimeUnit.SECONDS);
            while (next != null && next.startsWith("rejected frame longer than the maximum")) {
                next = heard.poll(2, TimeUnit.SECONDS);
            }
            assertThat(next).isEqualTo("scan 6901234567892");
            assertThat(heard).doesNotContain("rejected " + ScanFramer.OVERRUN + " (128 bytes)");
        }
    }
}
