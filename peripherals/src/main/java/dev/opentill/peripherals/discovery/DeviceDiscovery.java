package dev.opentill.peripherals.discovery;

import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.discovery.Candidate.Answer;
import dev.opentill.peripherals.discovery.Candidate.Source;
import dev.opentill.peripherals.transport.SerialPorts;
import dev.opentill.peripherals.transport.SerialTransport;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jssc.SerialPortException;

/**
 * Finds the devices attached to this machine without being told: serial ports (named by their USB
 * product where {@code /dev/serial/by-id} gives one) asked whether they are printers at each baud
 * rate in turn, device files such as {@code /dev/usb/lp0}, and printers listening on TCP 9100 in
 * the local subnet ({@link NetworkScan}). Used by {@code installer devices} and the setup wizard;
 * nothing found is stored until the technician chooses it.
 */
public final class DeviceDiscovery {
    private final Settings settings;

    /**
     * Where to look. {@code extraPorts} are probed besides the ports the system lists (tests pass
     * socat ports); {@code systemPorts} false leaves out the ports the system lists; {@code byIdDir}
     * maps stable USB names to ports; {@code deviceFileGlobs} are directory/glob pairs such as
     * {@code /dev/usb} + {@code lp*}.
     */
    public record Settings(boolean systemPorts, Path byIdDir, List<String> extraPorts, List<Integer> bauds,
            Duration answerTimeout, Map<Path, String> deviceFileGlobs) {
        public Settings {
            extraPorts = List.copyOf(extraPorts);
            bauds = List.copyOf(bauds);
            deviceFileGlobs = Map.copyOf(deviceFileGlobs);
        }

        /** Linux defaults: ports under /dev, names from /dev/serial/by-id, 9600 then 19200, 38400, 115200 baud. */
        public static Settings defaults() {
            return new Settings(true, Path.of("/dev/serial/by-id"), List.of(),
                    List.of(9600, 19200, 38400, 115200), Duration.ofMillis(400),
                    Map.of(Path.of("/dev/usb"), "lp*", Path.of("/dev"), "lp[0-9]*"));
        }

        /** Only {@code ports} (and what {@code byIdDir} names), not the system's list. */
        public Settings onlyPorts(List<String> ports) {
            return new Settings(false, byIdDir, ports, bauds, answerTimeout, deviceFileGlobs);
        }

        public Settings withByIdDir(Path dir) {
            return new Settings(systemPorts, dir, extraPorts, bauds, answerTimeout, deviceFileGlobs);
        }

        public Settings withDeviceFiles(Map<Path, String> globs) {
            return new Settings(systemPorts, byIdDir, extraPorts, bauds, answerTimeout, globs);
        }
    }

    public DeviceDiscovery(Settings settings) {
        this.settings = settings;
    }

    /** Serial ports, each asked DLE EOT at each baud rate until one answers as a printer. */
    public List<Candidate> serialPorts() {
        Map<String, String> names = usbNames();
        TreeSet<String> ports = new TreeSet<>(settings.systemPorts() ? SerialPorts.list() : List.of());
        ports.addAll(settings.extraPorts());
        ports.addAll(names.keySet());
        List<Candidate> found = new ArrayList<>();
        for (String port : ports) {
            found.add(probeSerial(port, names.getOrDefault(port, "")));
        }
        return found;
    }

    /** Printer device files (USB printer class): writable or not; they cannot answer. */
    public List<Candidate> deviceFiles() {
        List<Candidate> found = new ArrayList<>();
        for (Map.Entry<Path, String> g : new TreeMap<>(settings.deviceFileGlobs()).entrySet()) {
            if (!Files.isDirectory(g.getKey())) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(g.getKey(), g.getValue())) {
                for (Path f : files) {
                    Answer a = Files.isWritable(f) ? Answer.WRITABLE : Answer.NO_PERMISSION;
                    found.add(new Candidate(Source.DEVICE_FILE, "file:" + f, f.getFileName().toString(), a));
                }
            } catch (IOException e) {
                // An unreadable directory has nothing we could use.
            }
        }
        return found;
    }

    /** The port each {@code /dev/serial/by-id} link points at, with the link's name (the USB product). */
    Map<String, String> usbNames() {
        Map<String, String> names = new LinkedHashMap<>();
        if (!Files.isDirectory(settings.byIdDir())) {
            return names;
        }
        try (DirectoryStream<Path> links = Files.newDirectoryStream(settings.byIdDir())) {
            for (Path link : links) {
                try {
                    names.put(link.toRealPath().toString(), link.getFileName().toString());
                } catch (IOException dangling) {
                    // A link whose device was just unplugged: skip it.
                }
            }
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    /** One port, asked at each baud rate; the first printer answer wins, else the most telling answer. */
    Candidate probeSerial(String port, String name) {
        Answer best = Answer.SILENT;
        int bestBaud = settings.bauds().get(0);
        for (int baud : settings.bauds()) {
            Answer a = probeSerialAt(port, baud);
            if (a == Answer.PRINTER || a == Answer.BUSY || a == Answer.NO_PERMISSION) {
                best = a;
                bestBaud = baud;
                break;
            }
            if (a == Answer.GARBAGE && best == Answer.SILENT) {
                best = a;
                bestBaud = baud;
            }
        }
        return new Candidate(Source.SERIAL_PORT, SerialSettings.of(port, bestBaud).toSpec(), name, best);
    }

    private Answer probeSerialAt(String port, int baud) {
        SerialTransport t = new SerialTransport(SerialSettings.of(port, baud));
        try {
            t.open();
            return PrinterProbe.ask(t, settings.answerTimeout());
        } catch (IOException e) {
            return openFailure(e);
        } finally {
            t.close();
        }
    }

    private static Answer openFailure(IOException e) {
        if (e.getCause() instanceof SerialPortException s) {
            String type = String.valueOf(s.getExceptionType());
            if (type.equals(SerialPortException.TYPE_PORT_BUSY)) {
                return Answer.BUSY;
            }
            if (type.equals(SerialPortException.TYPE_PERMISSION_DENIED)) {
                return Answer.NO_PERMISSION;
            }
        }
        return Answer.SILENT;
    }
}
