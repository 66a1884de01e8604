package dev.opentill.peripherals.display;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.money.Money;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import dev.opentill.peripherals.transport.SerialTransport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class PoleDisplayTest {

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
            } else if (p instanceof byte[] b) {
                out.writeBytes(b);
            } else if (p instanceof Character c) {
                out.write(c);
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    @Test
    void epsonDmdMovesTheCursorToEachLineAndOverwritesTwentyColumns() {
        byte[] b = PoleDisplay.encode(DisplayCommandSet.EPSON_DMD, false, "Apple", "12.80");
        assertThat(b).containsExactly(concat(0x1F, 0x24, 1, 1, "Apple               ", 0x1F, 0x24, 1, 2,
                "12.80               "));
    }

    @Test
    void cd5220WritesUpperAndLowerLinesEndedByCr() {
        byte[] b = PoleDisplay.encode(DisplayCommandSet.CD5220, false, "TOTAL", "21.81");
        assertThat(b).containsExactly(concat(0x1B, 'Q', 'A', "TOTAL               ", 0x0D, 0x1B, 'Q', 'B',
                "21.81               ", 0x0D));
    }

    @Test
    void displayWithoutCjkGetsAsciiAndOneWithCjkGetsGb18030() {
        assertThat(DisplayText.ascii("Café 苹果 Apple")).isEqualTo("Cafe Apple");
        byte[] cjk = DisplayText.line("苹果", true, 20);
        assertThat(new String(cjk, Charset.forName("GB18030"))).isEqualTo("苹果" + " ".repeat(16));
    }

    @Test
    void itemAndChangeReachTheDisplayOverSerial(@TempDir Path dir) throws Exception {
        try (SocatPair pair = new SocatPair(dir, "display")) {
            SerialSettings settings = SerialSettings.of(pair.appPort(), 9600);
            DisplayConfig config = new DisplayConfig("display", new Connection.Serial(settings),
                    DisplayCommandSet.CD5220,
                    false, Locale.ENGLISH);
            try (FarEnd pole = new FarEnd(pair.devicePort());
                    PoleDisplay display = new PoleDisplay(config, new SerialTransport(settings))) {
                display.item("Coca-Cola 330ml", Money.ofMinor(300, Money.CNY)).get(2, TimeUnit.SECONDS);
                byte[] expected = concat(0x1B, '@', 0x0C, 0x1B, 'Q', 'A', "Coca-Cola 330ml     ", 0x0D, 0x1B, 'Q', 'B',
                        "                3.00", 0x0D);
                assertThat(pole.read(expected.length, Duration.ofSeconds(2))).containsExactly(expected);
                display.change(Money.ofMinor(5000, Money.CNY), Money.ofMinor(2819, Money.CNY)).get(2, TimeUnit.SECONDS);
                String second = new String(pole.read(48, Duration.ofSeconds(2)), StandardCharsets.US_ASCII);
                assertThat(second).contains("Cash           50.00", "Change         28.19");
            }
        }
    }
}
