package dev.opentill.peripherals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a device is: a serial port, a network printer on TCP (usually 9100), a device file such as
 * {@code /dev/usb/lp0}, or the built-in simulator. {@link #parse} reads the one-line form used in
 * configuration files and by the diagnostic tool.
 */
public sealed interface Connection {

    record Serial(SerialSettings settings) implements Connection {
        @Override
        public String describe() {
            return settings.toSpec();
        }
    }

    record Tcp(String host, int port, Duration connectTimeout) implements Connection {
        public Tcp {
            if (host == null || host.isBlank()) {
                throw new DeviceConfigException("Network device has no host");
            }
            if (port < 1 || port > 65535) {
                throw new DeviceConfigException("Impossible TCP port " + port + " for " + host);
            }
        }

        @Override
        public String describe() {
            return "tcp://" + host + ":" + port;
        }
    }

    record DeviceFile(Path path) implements Connection {
        @Override
        public String describe() {
            return path.toString();
        }
    }

    record Simulated() implements Connection {
        @Override
        public String describe() {
            return "simulator";
        }
    }

    String describe();

    /**
     * Parses {@code sim}, {@code tcp:host:9100}, {@code file:/dev/usb/lp0} or
     * {@code serial:/dev/ttyUSB0?baud=9600&parity=none&databits=8&stopbits=1&flow=none}; a serial port
     * may give {@code mode=8N1} instead of the three line settings. Defaults: 9600 8N1, no flow control.
     * Unknown or repeated options and impossible values are refused with a message saying what to write.
     */
    static Connection parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new DeviceConfigException("No device connection given");
        }
        String s = spec.strip();
        if (s.equals("sim") || s.equals("simulated")) {
            return new Simulated();
        }
        if (s.startsWith("tcp:")) {
            String rest = s.substring(4);
            int colon = rest.lastIndexOf(':');
            String host = colon < 0 ? rest : rest.substring(0, colon);
            int port = colon < 0 ? 9100 : parseInt(rest.substring(colon + 1), "TCP port", spec);
            return new Tcp(host, port, Duration.ofMillis(1500));
        }
        if (s.startsWith("file:")) {
            return new DeviceFile(Path.of(s.substring(5)));
        }
        if (s.startsWith("serial:")) {
            return new Serial(parseSerial(s.substring(7), spec));
        }
        throw new DeviceConfigException("Unknown connection '" + spec + "'; expected sim, tcp:, file: or serial:");
    }

    /** The options {@code serial:} takes; anything else is refused rather than silently ignored. */
    Set<String> SERIAL_OPTIONS = Set.of("baud", "databits", "parity", "stopbits", "flow", "mode");

    private static SerialSettings parseSerial(String rest, String spec) {
        int q = rest.indexOf('?');
        String port = (q < 0 ? rest : rest.substring(0, q)).strip();
        if (port.isEmpty()) {
            throw new DeviceConfigException("No serial port in '" + spec
                    + "'; e.g. serial:/dev/ttyUSB0 or serial:COM3");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (q >= 0 && q + 1 < rest.length()) {
            for (String kv : rest.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                if (eq <= 0 || eq == kv.length() - 1) {
                    throw new DeviceConfigException("Bad serial option '" + kv + "' in '" + spec + "'; options are "
                            + "name=value, joined by &");
                }
                String key = kv.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (!SERIAL_OPTIONS.contains(key)) {
                    throw new DeviceConfigException("Unknown serial option '" + key + "' in '" + spec + "'; known: "
                            + String.join(", ", SERIAL_OPTIONS.stream().sorted().toList()));
                }
                if (params.put(key, kv.substring(eq + 1).strip().toLowerCase(Locale.ROOT)) != null) {
                    throw new DeviceConfigException("Serial option '" + key + "' given twice in '" + spec + "'");
                }
            }
        }
        String mode = params.get("mode");
        if (mode != null) {
            if (!mode.matches("[5-8][noems](1|1\\.5|2)")) {
                throw new DeviceConfigException("Bad serial mode '" + mode + "' in '" + spec + "'; write data bits, "
                        + "parity letter (N, O, E, M, S) and stop bits, e.g. 8N1 or 7E1");
            }
            for (String k : List.of("databits", "parity", "stopbits")) {
                if (params.containsKey(k)) {
                    throw new DeviceConfigException("Serial option '" + k + "' and mode both given in '" + spec + "'");
                }
            }
            params.put("databits", mode.substring(0, 1));
            params.put("parity", mode.substring(1, 2));
            params.put("stopbits", mode.substring(2));
        }
        int baud = parseInt(params.getOrDefault("baud", "9600"), "baud rate", spec);
        int dataBits = parseInt(params.getOrDefault("databits", "8"), "data bits", spec);
        SerialSettings.Parity parity = switch (params.getOrDefault("parity", "none")) {
            case "none", "n" -> SerialSettings.Parity.NONE;
            case "odd", "o" -> SerialSettings.Parity.ODD;
            case "even", "e" -> SerialSettings.Parity.EVEN;
            case "mark", "m" -> SerialSettings.Parity.MARK;
            case "space", "s" -> SerialSettings.Parity.SPACE;
            default -> throw new DeviceConfigException("Unknown parity '" + params.get("parity") + "' in '" + spec
                    + "'; use none, odd, even, mark or space");
        };
        SerialSettings.StopBits stop = switch (params.getOrDefault("stopbits", "1")) {
            case "1" -> SerialSettings.StopBits.ONE;
            case "1.5" -> SerialSettings.StopBits.ONE_AND_HALF;
            case "2" -> SerialSettings.StopBits.TWO;
            default -> throw new DeviceConfigException("Stop bits must be 1, 1.5 or 2 in '" + spec + "'");
        };
        SerialSettings.FlowControl flow = switch (params.getOrDefault("flow", "none")) {
            case "none" -> SerialSettings.FlowControl.NONE;
            case "rtscts", "rts/cts", "hardware" -> SerialSettings.FlowControl.RTS_CTS;
            case "xonxoff", "xon/xoff", "software" -> SerialSettings.FlowControl.XON_XOFF;
            default -> throw new DeviceConfigException("Unknown flow control '" + params.get("flow") + "' in '" + spec
                    + "'; use none, rtscts or xonxoff");
        };
        return new SerialSettings(port, baud, dataBits, parity, stop, flow);
    }

    private static int parseInt(String text, String what, String spec) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DeviceConfigException("Bad " + what + " '" + text + "' in '" + spec + "'");
        }
    }
}
