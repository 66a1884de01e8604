package dev.opentill.peripherals.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.Connection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanFramerTest {
    private static final long MS = 1_000_000;
    private final List<String> accepted = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    private ScanFramer framer(ScannerConfig config) {
        return new ScanFramer(config, new ScanFramer.Sink() {
            @Override
            public void accepted(Scan scan) {
                accepted.add(scan.symbology() == null ? scan.code() : scan.symbology() + ":" + scan.code());
            }

            @Override
            public void rejected(String raw, String reason) {
                rejected.add(reason);
            }
        });
    }

    private static ScannerConfig config() {
        return ScannerConfig.of("scanner", new Connection.Simulated());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void eachSuffixEndsACode() {
        for (ScannerConfig.Suffix suffix : ScannerConfig.Suffix.values()) {
            accepted.clear();
            ScanFramer f = framer(config().withSuffix(suffix));
            f.feed(ascii("6901234567892" + suffix.text() + "ABC-1" + suffix.text()), 0);
            assertThat(accepted).as(suffix.name()).containsExactly("6901234567892", "ABC-1");
        }
    }

    @Test
    void codeSplitAcrossChunksIsJoined() {
        ScanFramer f = framer(config());
        f.feed(ascii("69012"), 0);
        f.feed(ascii("34567892\r"), 5 * MS);
        assertThat(accepted).containsExactly("6901234567892");
    }

    @Test
    void eanWithWrongCheckDigitIsRejected() {
        ScanFramer f = framer(config());
        f.feed(ascii("6901234567891\r"), 0);
        assertThat(accepted).isEmpty();
        assertThat(rejected).containsExactly("bad check digit");
    }

    @Test
    void upcEAndEan8CheckDigitsAreBothAccepted() {
        ScanFramer f = framer(config());
        f.feed(ascii("01234565\r96385074\r"), 0);
        assertThat(accepted).containsExactly("01234565", "96385074");
    }

    @Test
    void noiseIsRejectedAndTheNextGoodScanStillArrives() {
        ScanFramer f = framer(config());
        f.feed(new byte[]{(byte) 0xFF, 0x00, 0x13, 'x', (byte) 0x9C, '\r'}, 0);
        f.feed(ascii("6901234567892\r"), 300 * MS);
        assertThat(rejected).containsExactly("noise in frame");
        assertThat(accepted).containsExactly("6901234567892");
    }

    @Test
    void partialFrameIsDroppedAfterSilenceAndDoesNotGlueOntoTheNextScan() {
        ScanFramer f = framer(config());
        f.feed(ascii("690123"), 0);
        f.feed(ascii("6901234567892\r"), 400 * MS);
        assertThat(rejected).containsExactly("partial frame, no terminator");
        assertThat(accepted).containsExactly("6901234567892");
    }

    @Test
    void prefixAndAimIdAreStrippedAndTheFrameResyncsOnThePrefix() {
        ScanFramer f = framer(config().withPrefix("#", true));
        f.feed(ascii("junk#]E06901234567892\r#]C0ORDER-7\r"), 0);
        assertThat(accepted).containsExactly("E0:6901234567892", "C0:ORDER-7");
        f.feed(ascii("6901234567892\r"), 10 * MS);
        assertThat(rejected).containsExactly("missing prefix");
    }

    @Test
    void duplicatesWithinTheWindowAreSuppressedButLaterOnesPass() {
        ScanFramer f = framer(config().withDuplicateWindow(Duration.ofMillis(500)));
        f.feed(ascii("6901234567892\r"), 0);
        f.feed(ascii("6901234567892\r"), 100 * MS);
        f.feed(ascii("6901234567892\r"), 1000 * MS);
        assertThat(accepted).containsExactly("6901234567892", "6901234567892");
        assertThat(rejected).containsExactly("duplicate");
    }

    @Test
    void anEndlessStreamWithoutATerminatorIsReportedOnceAndHeldInNoMoreThanTheMaximumLength() {
        List<Boolean> overruns = new ArrayList<>();
        ScanFramer f = new ScanFramer(config(), new ScanFramer.Sink() {
            @Override
            public void accepted(Scan scan) {
                accepted.add(scan.code());
            }

            @Override
            public void rejected(String raw, String reason) {
                rejected.add(reason);
            }

            @Override
            public void overrun(boolean on) {
                overruns.add(on);
            }
        });
        byte[] chunk = ascii("0123456789".repeat(400));
        for (int i = 0; i < 2_500; i++) { // 10 MB, faster than the frame gap
            f.feed(chunk, i * MS / 100);
        }

        assertThat(rejected).containsExactly(ScanFramer.OVERRUN + " (128 bytes)");
        assertThat(overruns).containsExactly(true);
        assertThat(f.buffered()).isLessThanOrEqualTo(128);
        assertThat(accepted).isEmpty();
    }

    @Test
    void aRunawayFrameEndsAtTheNextTerminatorAndTheCodeAfterItScans() {
        ScanFramer f = framer(config());
        f.feed(ascii("9".repeat(500) + "\r6901234567892\r"), 0);

        assertThat(rejected).containsExactly(ScanFramer.OVERRUN + " (128 bytes)");
        assertThat(accepted).containsExactly("6901234567892");
    }

    @Test
    void aCodeOfExactlyTheMaximumLengthIsStillACode() {
        ScanFramer f = framer(config());
        f.feed(ascii("A".repeat(128) + "\r"), 0);

        assertThat(accepted).containsExactly("A".repeat(128));
    }
}
