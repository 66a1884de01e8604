package dev.opentill.peripherals.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class DiagnosticsTest {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void testPageOnTheSimulatorShowsWhatWouldPrint() {
        assertThat(Diagnostics.run(new String[]{"test-page", "sim", "generic-58"}, out)).isEqualTo(0);
        assertThat(output()).contains("Test page sent to sim", "OpenTill", "苹果 Apple 6×35g", "[ean13 6901234567892]");
    }

    @Test
    void modelsListsEveryModelIdAFieldTechnicianCanPick() {
        assertThat(Diagnostics.run(new String[]{"models"}, out)).isEqualTo(0);
        assertThat(output()).contains("epson-tm-t88v", "42/56 columns", "512 dots at 180 dpi", "zjiang-5870",
                "CODE128 raster", "generic");
    }

    @Test
    void kickStatusAndScaleWorkAgainstSimulators() {
        assertThat(Diagnostics.run(new String[]{"kick", "sim", "5"}, out)).isEqualTo(0);
        assertThat(Diagnostics.run(new String[]{"status", "sim"}, out)).isEqualTo(0);
        assertThat(Diagnostics.run(new String[]{"scale", "sim"}, out)).isEqualTo(0);
        assertThat(output()).contains("Drawer kick sent on pin 5", "printer: ONLINE", "WEIGHT 0.000 kg ZERO");
    }

    @Test
    void badConfigurationIsExitCodeTwoWithTheReason(@TempDir Path dir) {
        assertThat(Diagnostics.run(new String[]{"test-page", "serial:/dev/ttyUSB0?baud=12345"}, out)).isEqualTo(2);
        assertThat(Diagnostics.run(new String[]{"kick", "serial:" + dir.resolve("nope")}, out)).isEqualTo(2);
        assertThat(Diagnostics.run(new String[]{"frobnicate"}, out)).isEqualTo(2);
        assertThat(output()).contains("Impossible baud rate 12345", "does not exist", "Unknown command 'frobnicate'");
    }

    @Test
    void scansAreShownAsTheyArriveOnASerialPort(@TempDir Path dir) throws Exception {
        try (SocatPair pair = new SocatPair(dir, "diag")) {
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                    () -> Diagnostics.run(new String[]{"scans", "serial:" + pair.appPort() + "?baud=9600", "2"}, out));
            try (FarEnd gun = new FarEnd(pair.devicePort())) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (!output().contains("Scan now") && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(200);
                gun.write("4006381333931\r");
            }
            assertThat(run.get(10, TimeUnit.SECONDS)).isEqualTo(0);
            assertThat(output()).contains("SCAN 4006381333931");
        }
    }

    @Test
    @SuppressWarnings("try") // the far end is held open but never answers
    void printerThatNeverAnswersIsExitCodeOneNotAHang(@TempDir Path dir) throws Exception {
        try (SocatPair pair = new SocatPair(dir, "silent"); FarEnd mute = new FarEnd(pair.devicePort())) {
            assertThat(Diagnostics.run(new String[]{"status", "serial:" + pair.appPort() + "?baud=9600"}, out))
                    .isEqualTo(1);
            assertThat(output()).containsPattern("FAILED: .*(no answer to DLE EOT|did not finish)");
        }
    }
}
