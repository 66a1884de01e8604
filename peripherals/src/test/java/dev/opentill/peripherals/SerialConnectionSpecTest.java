package dev.opentill.peripherals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.SerialSettings.FlowControl;
import dev.opentill.peripherals.SerialSettings.Parity;
import dev.opentill.peripherals.SerialSettings.StopBits;
import org.junit.jupiter.api.Test;

/** The serial part of the one-line connection syntax: every setting configurable, every mistake named. */
class SerialConnectionSpecTest {

    private static SerialSettings serial(String spec) {
        return ((Connection.Serial) Connection.parse(spec)).settings();
    }

    @Test
    void modeShorthandSetsDataBitsParityAndStopBits() {
        assertThat(serial("serial:/dev/ttyUSB0?baud=38400&mode=7E1&flow=rtscts")).isEqualTo(new SerialSettings(
                "/dev/ttyUSB0", 38400, 7, Parity.EVEN, StopBits.ONE, FlowControl.RTS_CTS));
    }

    @Test
    void aSerialConnectionRoundTripsThroughItsSpec() {
        SerialSettings s = new SerialSettings("COM3", 115200, 8, Parity.ODD, StopBits.ONE_AND_HALF,
                FlowControl.XON_XOFF);

        assertThat(serial(s.toSpec())).isEqualTo(s);
    }

    @Test
    void anUnknownOptionIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Connection.parse("serial:/dev/ttyS0?baud=9600&flw=rtscts"))
                .isInstanceOf(DeviceConfigException.class)
                .hasMessageContaining("Unknown serial option 'flw'").hasMessageContaining("flow");
    }

    @Test
    void anOptionGivenTwiceIsRefused() {
        assertThatThrownBy(() -> Connection.parse("serial:/dev/ttyS0?baud=9600&baud=19200"))
                .hasMessageContaining("'baud' given twice");
    }

    @Test
    void modeAndASeparateLineSettingTogetherAreRefused() {
        assertThatThrownBy(() -> Connection.parse("serial:/dev/ttyS0?mode=8N1&parity=even"))
                .hasMessageContaining("'parity' and mode both given");
    }

    @Test
    void aMalformedModeSaysHowToWriteIt() {
        assertThatThrownBy(() -> Connection.parse("serial:/dev/ttyS0?mode=8X1")).hasMessageContaining("e.g. 8N1");
    }

    @Test
    void anImpossibleBaudRateIsRefusedListingTheStandardRates() {
        assertThatThrownBy(() -> Connection.parse("serial:/dev/ttyS0?baud=9601"))
                .hasMessageContaining("Impossible baud rate 9601").hasMessageContaining("115200");
    }

    @Test
    void anUnknownFlowControlNamesTheChoices() {
        assertThatThrownBy(() -> Connection.parse("serial:/dev/ttyS0?flow=dtrdsr"))
                .hasMessageContaining("'dtrdsr'").hasMessageContaining("rtscts or xonxoff");
    }

    @Test
    void aSerialConnectionWithoutAPortIsRefused() {
        assertThatThrownBy(() -> Connection.parse("serial:?baud=9600")).hasMessageContaining("No serial port");
    }
}
