package dev.opentill.peripherals;

import java.util.Set;

/**
 * How a serial device is wired: port name (e.g. {@code /dev/ttyUSB0}, {@code COM3}), baud rate,
 * data bits, parity, stop bits and flow control. Impossible values are refused at construction.
 */
public record SerialSettings(String port, int baud, int dataBits, Parity parity, StopBits stopBits, FlowControl flow) {

    /** Rates a UART and the devices we drive actually use. */
    public static final Set<Integer> STANDARD_BAUD_RATES = Set.of(1200, 2400, 4800, 9600, 14400, 19200, 38400, 57600,
            115200, 230400);

    public enum Parity {
        NONE,
        ODD,
        EVEN,
        MARK,
        SPACE
    }

    public enum StopBits {
        ONE,
        ONE_AND_HALF,
        TWO
    }

    public enum FlowControl {
        NONE,
        RTS_CTS,
        XON_XOFF
    }

    public SerialSettings {
        if (port == null || port.isBlank()) {
            throw new DeviceConfigException("Serial port name is missing");
        }
        if (!STANDARD_BAUD_RATES.contains(baud)) {
            throw new DeviceConfigException("Impossible baud rate " + baud + " for " + port + "; use one of "
                    + STANDARD_BAUD_RATES.stream().sorted().toList());
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new DeviceConfigException("Data bits must be 5 to 8, not " + dataBits + " (" + port + ")");
        }
        if (parity == null || stopBits == null || flow == null) {
            throw new DeviceConfigException("Parity, stop bits and flow control are required (" + port + ")");
        }
    }

    /** The settings in {@link Connection#parse} syntax, e.g. {@code serial:/dev/ttyUSB0?baud=38400&mode=8N1&flow=rtscts}. */
    public String toSpec() {
        String stop = switch (stopBits) {
            case ONE -> "1";
            case ONE_AND_HALF -> "1.5";
            case TWO -> "2";
        };
        String f = switch (flow) {
            case NONE -> "none";
            case RTS_CTS -> "rtscts";
            case XON_XOFF -> "xonxoff";
        };
        return "serial:" + port + "?baud=" + baud + "&mode=" + dataBits + parity.name().charAt(0) + stop + "&flow=" + f;
    }

    /** The common 8N1 without flow control. */
    public static SerialSettings of(String port, int baud) {
        return new SerialSettings(port, baud, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);
    }
}
