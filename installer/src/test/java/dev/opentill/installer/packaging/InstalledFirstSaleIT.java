package dev.opentill.installer.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opentill.installer.CentralProcess;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * From the Debian package to the first sale, as a technician and a cashier would: the package
 * installed with apt, the till set up with {@code opentill-installer setup} against a real centre
 * process (a one-product catalog, a manager) with a virtual serial printer and scanner, the
 * installed launcher started in a real X window as the till's user, the manager logging in with the
 * keyboard, a barcode arriving on the serial scanner, paid in cash with F12 and F1, and the receipt's
 * bytes arriving at the printer. Like {@link DebInstallIT} it changes the machine, so it runs only
 * as root with {@code OPENTILL_TEST_DPKG_INSTALL=1} (CI's throwaway machine), where no till is
 * installed, and needs Xvfb, xdotool and socat ({@code .ci/run} installs them).
 */
class InstalledFirstSaleIT {
    private static final Path DATA = Path.of("/var/lib/opentill");
    private static final Map<String, String> APT = Map.of("DEBIAN_FRONTEND", "noninteractive");
    private static final String BARCODE = "6901234567892";
    private static final String USER = "opentill";

    @Test
    void aTillInstalledFromThePackageIsSetUpByCommandAndSellsWithItsReceiptOnTheSerialPrinter() throws Exception {
        assumeTrue("1".equals(System.getenv("OPENTILL_TEST_DPKG_INSTALL")),
                "set OPENTILL_TEST_DPKG_INSTALL=1 to install");
        assumeTrue("0".equals(Shell.run(List.of("id", "-u")).ok().strip()), "installing needs root");
        assumeFalse(Files.exists(DATA), "a till is installed here already");
        for (String tool : List.of("Xvfb", "xdotool", "xwininfo", "socat")) {
            assumeTrue(Shell.has(tool), tool + " is not installed");
        }
        Path deb = PackageBuild.deb();
        // Somewhere the till's user can reach: the device links and the centre's files.
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "opentill-first-sale",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Process till = null;
        Process x = null;
        try (CentralProcess central = new CentralProcess(dir.resolve("central"));
                SocatPair printerLink = new SocatPair(dir, "printer");
                SocatPair scannerLink = new SocatPair(dir, "scanner");
                FakeEscPosPrinter printer = new FakeEscPosPrinter(printerLink.devicePort());
                FarEnd gun = new FarEnd(scannerLink.devicePort())) {
            openToAll(printerLink.appPort());
            openToAll(scannerLink.appPort());
            central.product("COLA", "可乐", "Cola", 350, BARCODE);
            String qr = central.enrollmentQrWithoutManager("S0301", "S0301-T01");
            String manager = central.manager("S0301", false);

            apt("install", "-y", "--no-install-recommends", deb.toString());
            Shell.run(List.of("/usr/bin/opentill-installer", "setup", "--qr", qr,
                    "--printer", "serial:" + printerLink.appPort() + "?baud=19200",
                    "--scanner", "serial:" + scannerLink.appPort() + "?baud=9600", "--lang", "en")).ok();

            String display = ":" + freeDisplay();
            x = asTillUser(List.of("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"), null);
            String shown = display;
            await("the X server", () -> xwininfo(shown, "-root").contains("IsViewable"), Duration.ofSeconds(30));
            till = asTillUser(List.of("/opt/opentill/bin/opentill", "--lang=en"), display);
            Process running = till;
            await("the till's window", () -> {
                if (!running.isAlive()) {
                    throw new AssertionError("the installed till exited with " + running.exitValue());
                }
                return xwininfo(shown, "-name", "OpenTill").contains("IsViewable");
            }, Duration.ofSeconds(120));
            Thread.sleep(2000); // the login screen's first layout
            // No window manager: the keyboard goes to the window given the input focus.
            String window = xdotool(display, "search", "--onlyvisible", "--name", "OpenTill").lines().reduce(
                    (first, last) -> last).orElseThrow();
            xdotool(display, "windowfocus", "--sync", window);
            xdotool(display, "type", "--delay", "50", manager);
            xdotool(display, "key", "Return");
            xdotool(display, "type", "--delay", "50", CentralProcess.MANAGER_PIN);
            xdotool(display, "key", "Return");
            Thread.sleep(5000); // the PIN checked (a slow hash on purpose) and the sale screen shown
            shot(display, "after-login");

            // A barcode on the serial scanner, pay (F12), exact cash (F1): again until the receipt prints.
            int[] round = {0};
            await("the receipt at the printer", () -> {
                round[0]++;
                gun.write(BARCODE + "\r\n");
                Thread.sleep(2000);
                shot(display, "scanned-" + round[0]);
                xdotool(display, "key", "F12");
                Thread.sleep(2000);
                xdotool(display, "key", "F1");
                Thread.sleep(3000);
                shot(display, "paid-" + round[0]);
                if (latin1(printer.received()).contains("Cola")) {
                    return true;
                }
                xdotool(display, "key", "Escape");
                return false;
            }, Duration.ofSeconds(90));
            String receipt = latin1(printer.received());
            assertThat(receipt).contains("Cola").contains("3.50");
        } finally {
            stop(till);
            stop(x);
            Shell.run(List.of("apt-get", "purge", "-y", "opentill"), APT, null);
            Shell.run(List.of("rm", "-rf", DATA.toString(), dir.toString()));
        }
    }

    /** The pty behind a socat link, readable and writable by the till's user. */
    private static void openToAll(String link) throws Exception {
        Files.setPosixFilePermissions(Path.of(link).toRealPath(), PosixFilePermissions.fromString("rw-rw-rw-"));
    }

    private static Process asTillUser(List<String> command, String display) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("runuser", "-u", USER, "--", "env"));
        if (display != null) {
            cmd.add("DISPLAY=" + display);
        }
        cmd.addAll(command);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String xdotool(String display, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("runuser", "-u", USER, "--", "env", "DISPLAY=" + display,
                "xdotool"));
        cmd.addAll(List.of(args));
        return Shell.run(cmd).ok();
    }

    private static String xwininfo(String display, String... args) {
        List<String> cmd = new ArrayList<>(List.of("runuser", "-u", USER, "--", "xwininfo", "-display", display));
        cmd.addAll(List.of(args));
        return Shell.run(cmd).output();
    }

    /** A picture of the screen in {@code opentill.e2e.shots} (when set and xwd is installed), to see why a step failed. */
    private static void shot(String display, String name) {
        String dir = System.getProperty("opentill.e2e.shots", System.getenv("OPENTILL_E2E_SHOTS"));
        if (dir != null && Shell.has("xwd")) {
            Shell.run(List.of("runuser", "-u", USER, "--", "xwd", "-root", "-silent", "-display", display, "-out",
                    "/tmp/" + name + ".xwd"));
            Shell.run(List.of("mv", "/tmp/" + name + ".xwd", dir));
        }
    }

    private static int freeDisplay() {
        int n = 70;
        while (Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
            n++;
        }
        return n;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(200);
        }
    }

    private static void stop(Process p) throws InterruptedException {
        if (p != null) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static void apt(String... args) {
        List<String> cmd = new ArrayList<>(List.of("apt-get", "-q"));
        cmd.addAll(List.of(args));
        Shell.run(cmd, APT, null).ok();
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
