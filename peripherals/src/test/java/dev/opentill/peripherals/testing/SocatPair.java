package dev.opentill.peripherals.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Two connected virtual serial ports made by socat, linked under a test's temp dir. {@link #kill()}
 * and {@link #restart()} play an unplugged and re-plugged device.
 */
public final class SocatPair implements AutoCloseable {
    private final Path a;
    private final Path b;
    private Process process;

    public SocatPair(Path dir, String name) throws IOException {
        this.a = dir.resolve(name + "-app");
        this.b = dir.resolve(name + "-dev");
        start();
    }

    /** The end the code under test opens. */
    public String appPort() {
        return a.toString();
    }

    /** The end the test opens to play the device. */
    public String devicePort() {
        return b.toString();
    }

    private void start() throws IOException {
        process = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!(Files.exists(a) && Files.exists(b))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IOException("socat did not create " + a + " and " + b);
            }
            sleep(5);
        }
    }

    public void kill() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while ((Files.exists(a) || Files.exists(b)) && System.nanoTime() < deadline) {
            sleep(5);
        }
    }

    public void restart() throws IOException {
        start();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
