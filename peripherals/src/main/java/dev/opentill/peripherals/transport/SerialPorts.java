package dev.opentill.peripherals.transport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jssc.SerialPortList;

/** Lists serial ports and checks that a configured one exists before anything opens it. */
public final class SerialPorts {
    /** jssc lists only ttyS* on Linux by default; USB adapters and CDC devices are what tills use. */
    private static final Pattern LINUX_PORTS = Pattern.compile("(ttyS|ttyUSB|ttyACM|ttyAMA|rfcomm)[0-9]+");

    private SerialPorts() {
    }

    public static List<String> list() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String[] names = os.contains("linux")
                ? SerialPortList.getPortNames("/dev/", LINUX_PORTS)
                : SerialPortList.getPortNames();
        return Arrays.asList(names);
    }

    /** True when the port can be found: a path that exists (incl. symlinks such as socat's), or a listed name. */
    public static boolean exists(String port) {
        if (port.startsWith("/")) {
            return Files.exists(Path.of(port));
        }
        return list().contains(port);
    }
}
