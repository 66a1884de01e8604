package dev.opentill.peripherals.diag;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.DeviceException;
import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.drawer.CashDrawer;
import dev.opentill.peripherals.drawer.DrawerConfig;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterModels;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scale.Scale;
import dev.opentill.peripherals.scale.ScaleConfig;
import dev.opentill.peripherals.scale.WeightReading;
import dev.opentill.peripherals.scanner.BarcodeScanner;
import dev.opentill.peripherals.scanner.Scan;
import dev.opentill.peripherals.scanner.ScanListener;
import dev.opentill.peripherals.scanner.ScannerConfig;
import dev.opentill.peripherals.sim.SimulatedPrinter;
import dev.opentill.peripherals.transport.SerialPorts;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Command-line checks for the field technician: list ports, print a test page, read printer status,
 * kick the drawer, watch scans, read the scale. Connections use the {@link Connection#parse} form,
 * e.g. {@code serial:/dev/ttyUSB0?baud=19200}, {@code tcp:192.168.1.50:9100} or {@code sim}.
 */
public final class Diagnostics {
    static final String USAGE = String.join("\n",
            "usage: diagnostics <command> [args]",
            "  ports                                list serial ports",
            "  models                               list the printer model ids and what each can do",
            "  test-page <connection> [model]       print a test page (default model: generic)",
            "  status <connection>                  ask the printer for its status (DLE EOT)",
            "  kick <connection> [pin]              open the drawer through the printer (pin 2 or 5)",
            "  scans <connection> [seconds]         show scans as they arrive (default 30 s)",
            "  scale <connection>                   read the scale (NCI protocol)");
    private static final long WAIT_SECONDS = 20;

    private Diagnostics() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs one command; returns the process exit code (0 ok, 1 device failed, 2 bad usage or config). */
    public static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            out.println(USAGE);
            return 2;
        }
        try {
            return switch (args[0]) {
                case "ports" -> ports(out);
                case "models" -> models(out);
                case "test-page" -> testPage(arg(args, 1), args.length > 2 ? args[2] : "generic", out);
                case "status" -> status(arg(args, 1), out);
                case "kick" -> kick(arg(args, 1), args.length > 2 ? Integer.parseInt(args[2]) : 2, out);
                case "scans" -> scans(arg(args, 1), args.length > 2 ? Integer.parseInt(args[2]) : 30, out);
                case "scale" -> scale(arg(args, 1), out);
                default -> {
                    out.println("Unknown command '" + args[0] + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            out.println("Configuration error: " + e.getMessage());
            return 2;
        } catch (ExecutionException e) {
            out.println("FAILED: " + e.getCause().getMessage());
            return 1;
        } catch (TimeoutException e) {
            out.println("FAILED: no result within " + WAIT_SECONDS + " s");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (DeviceException e) {
            out.println((e instanceof DeviceConfigException
                    ? "Configuration error: "
                    : "FAILED: ") + e.getMessage());
            return e instanceof DeviceConfigException ? 2 : 1;
        }
    }

    private static String arg(String[] args, int i) {
        if (args.length <= i) {
            throw new IllegalArgumentException("missing connection\n" + USAGE);
        }
        return args[i];
    }

    private static int models(PrintStream out) {
        for (PrinterProfile p : PrinterModels.all()) {
            out.printf(Locale.ROOT, "%-16s %s%n", p.name(), PrinterModels.description(p, Locale.getDefault()));
            out.printf(Locale.ROOT, "%16s %d mm, %d dots at %d dpi, %d/%d columns, %s, cutter %s, QR %s, CODE128 %s, "
                    + "GS w %d-%d, drawer pins %s%n", "", p.paperMm(), p.dotsPerLine(), p.dpi(), p.columns(),
                    p.columnsFontB(), p.chinese(), p.cutter(), p.nativeQr() ? "native" : "raster",
                    p.nativeCode128() ? "native" : "raster", p.minModule(), p.maxModule(),
                    p.drawerPins().isEmpty() ? "none" : p.drawerPins().stream().sorted().toList());
        }
        return 0;
    }

    private static int ports(PrintStream out) {
        var ports = SerialPorts.list();
        out.println(ports.isEmpty()
                ? "No serial ports found (is the adapter plugged in, is the user in 'dialout'?)"
                : String.join("\n", ports));
        return 0;
    }

    private static ReceiptPrinter printer(String connection, PrinterProfile profile, SimulatedPrinter[] sim) {
        Connection c = Connection.parse(connection);
        PrinterConfig config = PrinterConfig.of("printer", c, profile);
        if (c instanceof Connection.Simulated) {
            sim[0] = new SimulatedPrinter(profile);
            return Peripherals.simulatedPrinter(config, sim[0]);
        }
        return Peripherals.printer(config);
    }

    private static int testPage(String connection, String profileName, PrintStream out)
            throws ExecutionException, InterruptedException, TimeoutException {
        SimulatedPrinter[] sim = new SimulatedPrinter[1];
        try (ReceiptPrinter p = printer(connection, PrinterProfile.named(profileName), sim)) {
            p.printTestPage().get(WAIT_SECONDS, TimeUnit.SECONDS);
            out.println("Test page sent to " + connection + "; status: " + p.status());
            if (sim[0] != null) {
                out.println(sim[0].text());
            }
        }
        return 0;
    }

    private static int status(String connection, PrintStream out)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (ReceiptPrinter p = printer(connection, PrinterProfile.EPSON_80MM, new SimulatedPrinter[1])) {
            DeviceStatus s = p.refreshStatus().get(WAIT_SECONDS, TimeUnit.SECONDS);
            out.println(s);
            return s.isReadyToPrint() ? 0 : 1;
        }
    }

    private static int kick(String connection, int pin, PrintStream out)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (ReceiptPrinter p = printer(connection, PrinterProfile.EPSON_80MM, new SimulatedPrinter[1]);
                CashDrawer d = Peripherals.drawer(
                        DrawerConfig.viaPrinter("drawer").withPin(pin, Duration.ofMillis(100)),
                        p)) {
            d.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            out.println("Drawer kick sent on pin " + pin);
        }
        return 0;
    }

    private static int scans(String connection, int seconds, PrintStream out) throws InterruptedException {
        ScannerConfig config = ScannerConfig.of("scanner", Connection.parse(connection));
        try (BarcodeScanner s = Peripherals.scanner(config)) {
            s.addScanListener(new ScanListener() {
                @Override
                public void onScan(Scan scan) {
                    out.println(
                            "SCAN " + scan.code() + (scan.symbology() == null ? "" : " (" + scan.symbology() + ")"));
                }

                @Override
                public void onRejected(String raw, String reason) {
                    out.println("REJECTED (" + reason + "): " + raw.replaceAll("\\p{Cntrl}", "?"));
                }
            });
            s.addStatusListener(st -> out.println("STATUS " + st));
            out.println("Scan now; listening for " + seconds + " s on " + connection);
            Thread.sleep(seconds * 1000L);
        }
        return 0;
    }

    private static int scale(String connection, PrintStream out)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (Scale s = Peripherals.scale(ScaleConfig.of("scale", Connection.parse(connection)))) {
            WeightReading r = s.read().get(WAIT_SECONDS, TimeUnit.SECONDS);
            out.println("WEIGHT " + (r.value() == null ? "-" : r.value().toPlainString()) + " " + r.unit() + " "
                    + r.state());
        }
        return 0;
    }
}
