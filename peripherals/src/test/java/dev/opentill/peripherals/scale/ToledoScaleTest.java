package dev.opentill.peripherals.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceOfflineException;
import dev.opentill.peripherals.DeviceStatus.Availability;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.scale.ScaleConfig.Protocol;
import dev.opentill.peripherals.scale.WeightReading.State;
import dev.opentill.peripherals.sim.SimulatedScale;
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

/** The Mettler Toledo POS protocol beside NCI: parsing from the protocol's description, the wire, and the simulator. */
@Timeout(30)
class ToledoScaleTest {
    private static final ToledoProtocol TOLEDO = ToledoProtocol.INSTANCE;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aStableWeightWithThreeDecimalsIsKilogramsAndSellable() {
        WeightReading r = TOLEDO.parse(ascii("\u0002 0.532\r"));

        assertThat(r.grams()).isEqualTo(532);
        assertThat(r.sellable()).isTrue();
    }

    @Test
    void aNetWeightCarriesItsMarkAndTwoDecimalsArePounds() {
        assertThat(TOLEDO.parse(ascii("\u00021.250N\r")).grams()).isEqualTo(1250);
        assertThat(TOLEDO.parse(ascii("\u000201.20\r")).grams()).isEqualTo(544);
    }

    @Test
    void aStatusAnswerSaysMotionOverloadUnderZeroOrZero() {
        assertThat(TOLEDO.parse(ascii("\u0002?A\r")).state()).isEqualTo(State.MOTION);
        assertThat(TOLEDO.parse(ascii("\u0002?B\r")).state()).isEqualTo(State.OVERLOAD);
        assertThat(TOLEDO.parse(ascii("\u0002?D\r")).state()).isEqualTo(State.UNDERLOAD);
        assertThat(TOLEDO.parse(ascii("\u0002?P\r")).state()).isEqualTo(State.ZERO);
    }

    @Test
    void theParityBitOfAStatusByteIsIgnored() {
        assertThat(TOLEDO.parse(new byte[]{2, '?', (byte) 0xC1, '\r'}).state()).isEqualTo(State.MOTION);
    }

    @Test
    void anAnswerWithoutItsFramingOrWithAnOddNumberIsRefused() {
        assertThatThrownBy(() -> TOLEDO.parse(ascii(" 0.532\r"))).hasMessageContaining("<STX>");
        assertThatThrownBy(() -> TOLEDO.parse(ascii("\u00020.5\r"))).hasMessageContaining("3 decimals");
        assertThat(TOLEDO.complete(ascii("\u0002 0.5"))).isFalse();
        assertThat(TOLEDO.complete(ascii("\u0002 0.532\r"))).isTrue();
    }

    @Test
    void theSimulatedToledoScaleWeighsZeroesAndShowsMotion() throws Exception {
        SimulatedScale plate = new SimulatedScale(Protocol.TOLEDO);
        ScaleConfig config = ScaleConfig.of("scale", new Connection.Simulated()).withProtocol(Protocol.TOLEDO);
        try (Scale scale = Peripherals.scale(config, plate)) {
            plate.setWeight(new BigDecimal("0.532"));
            assertThat(scale.read().get(2, TimeUnit.SECONDS).grams()).isEqualTo(532);
            plate.setMotion(true);
            assertThat(scale.read().get(2, TimeUnit.SECONDS).state()).isEqualTo(State.MOTION);
            plate.setMotion(false);
            assertThat(scale.zero().get(2, TimeUnit.SECONDS).state()).isEqualTo(State.ZERO);
        }
    }

    @Test
    void aToledoScaleAnswersWOverSerialAndASilentOneIsOfflineWithoutHanging(@TempDir Path dir) throws Exception {
        try (SocatPair pair = new SocatPair(dir, "toledo")) {
            SerialSettings settings = SerialSettings.of(pair.appPort(), 9600);
            ScaleConfig config = new ScaleConfig("scale", new Connection.Serial(settings), Protocol.TOLEDO,
                    Duration.ofMillis(400));
            try (FarEnd device = new FarEnd(pair.devicePort());
                    SerialScale scale = new SerialScale(config, new SerialTransport(settings))) {
                Thread answerer = new Thread(() -> {
                    try {
                        for (int i = 0; i < 200; i++) {
                            byte[] cmd = device.read(1, Duration.ofMillis(50));
                            if (cmd.length == 1 && cmd[0] == 'W') {
                                device.write(ToledoProtocol.weight(new BigDecimal("1.250")));
                                if (i > 0) {
                                    return;
                                }
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
                assertThat(r.unit()).isEqualTo("kg");

                assertThatThrownBy(() -> scale.read().get(3, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(DeviceOfflineException.class).hasMessageContaining("no answer from the scale");
                assertThat(scale.status().availability()).isEqualTo(Availability.OFFLINE);
            }
        }
    }
}
