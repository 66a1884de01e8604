package dev.opentill.peripherals.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceOfflineException;
import dev.opentill.peripherals.DeviceStatus.Availability;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import dev.opentill.peripherals.transport.SerialTransport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class NciScaleTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static WeightReading nci(String answer) {
        return NciProtocol.INSTANCE.parse(ascii(answer));
    }

    @Test
    void stableWeightIsSellableAndInGrams() {
        WeightReading r = nci("\n  0.532kg\r\n00\r\u0003");
        assertThat(r.state()).isEqualTo(WeightReading.State.STABLE);
        assertThat(r.value()).isEqualByComparingTo(new BigDecimal("0.532"));
        assertThat(r.grams()).isEqualTo(532);
        assertThat(r.sellable()).isTrue();
    }

    @Test
    void motionZeroOverloadAndUnderloadAreRecognised() {
        assertThat(nci("\n  0.530kg\r\n10\r\u0003").state()).isEqualTo(WeightReading.State.MOTION);
        assertThat(nci("\n  0.000kg\r\n20\r\u0003").state()).isEqualTo(WeightReading.State.ZERO);
        assertThat(nci("\n------kg\r\n02\r\u0003").state()).isEqualTo(WeightReading.State.OVERLOAD);
        assertThat(nci("\n------kg\r\n01\r\u0003").state()).isEqualTo(WeightReading.State.UNDERLOAD);
        assertThat(nci("\n  1.20lb\r\n00\r\u0003").grams()).isEqualTo(544);
    }

    @Test
    void malformedAnswersAreClearErrors() {
        assertThatThrownBy(() -> nci("\n?\r\u0003")).hasMessageContaining("did not understand");
        assertThatThrownBy(() -> nci("\n0.5kg\r")).hasMessageContaining("ETX");
    }

    @Test
    void scaleAnswersWOverSerialAndASilentScaleIsOfflineWithoutHanging(@TempDir Path dir) throws Exception {
        try (SocatPair pair = new SocatPair(dir, "scale")) {
            SerialSettings settings = SerialSettings.of(pair.appPort(), 9600);
            try (FarEnd device = new FarEnd(pair.devicePort());
                    SerialScale scale = new SerialScale(new ScaleConfig("scale", new Connection.Serial(settings),
                            ScaleConfig.Protocol.NCI, Duration.ofMillis(400)), new SerialTransport(settings))) {
                Thread answerer = new Thread(() -> {
                    try {
                        for (int i = 0; i < 200; i++) {
                            byte[] cmd = device.read(2, Duration.ofMillis(50));
                            if (cmd.length == 2 && cmd[0] == 'W') {
                                device.write(NciProtocol.answer("  1.250kg", false, false, false, false));
                                return;
                            } else if (cmd.length == 2 && cmd[0] == 'S') {
                                device.write(ascii("\n00\r\u0003"));
                            }
                        }
                    } catch (Exception e) {
                        // the test fails on the missing answer
                    }
                });
                answerer.start();
                WeightReading r = scale.read().get(3, TimeUnit.SECONDS);
                answerer.join(2000);
                assertThat(r.grams()).isEqualTo(1250);
                assertThat(r.state()).isEqualTo(WeightReading.State.STABLE);
                assertThat(device.read(2, Duration.ofMillis(50))).isNotNull();

                long start = System.nanoTime();
                assertThatThrownBy(() -> scale.read().get(3, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(DeviceOfflineException.class)
                        // The keep-alive poll may hold the device thread when the read is queued: then the
                        // link's deadline answers before the scale's own reply timeout does. Both say why.
                        .hasMessageMatching("(?s).*(no answer from the scale|scale on .* did not finish weighing).*");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                assertThat(scale.status().availability()).isEqualTo(Availability.OFFLINE);
            }
        }
    }
}
