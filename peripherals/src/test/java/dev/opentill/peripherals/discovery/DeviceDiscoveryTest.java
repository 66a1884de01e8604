package dev.opentill.peripherals.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.opentill.peripherals.discovery.Candidate.Answer;
import dev.opentill.peripherals.discovery.Candidate.Source;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceDiscoveryTest {
    @TempDir
    Path dir;

    private DeviceDiscovery.Settings settings(List<String> ports) throws Exception {
        Path byId = Files.createDirectories(dir.resolve("by-id"));
        return DeviceDiscovery.Settings.defaults().onlyPorts(ports).withByIdDir(byId)
                .withDeviceFiles(Map.of(dir.resolve("usb"), "lp*"));
    }

    @Test
    void aSerialPrinterIsFoundByItsStatusAnswerAndNamedByItsUsbLink() throws Exception {
        try (SocatPair link = new SocatPair(dir, "printer");
                FakeEscPosPrinter printer = new FakeEscPosPrinter(link.devicePort())) {
            DeviceDiscovery.Settings s = settings(List.of());
            Files.createSymbolicLink(s.byIdDir().resolve("usb-Prolific_USB-Serial_Controller-if00-port0"),
                    Path.of(link.appPort()).toRealPath());

            List<Candidate> found = new DeviceDiscovery(s).serialPorts();

            assertThat(found).singleElement().satisfies(c -> {
                assertThat(c.answer()).isEqualTo(Answer.PRINTER);
                assertThat(c.name()).isEqualTo("usb-Prolific_USB-Serial_Controller-if00-port0");
                assertThat(c.connection()).startsWith("serial:" + Path.of(link.appPort()).toRealPath())
                        .contains("baud=9600");
            });
            assertThat(printer.statusQueries()).isPositive();
        }
    }

    @Test
    void aPortThatAnswersGarbageOrNothingIsNotTakenForAPrinter() throws Exception {
        try (SocatPair noisy = new SocatPair(dir, "noisy");
                SocatPair quiet = new SocatPair(dir, "quiet");
                FarEnd noise = new FarEnd(noisy.devicePort())) {
            Thread answerer = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        if (noise.read(1, Duration.ofMillis(200)).length > 0) {
                            noise.write("?ERR\r\n");
                        }
                    }
                } catch (Exception e) {
                    // port closed: the test is over
                }
            });
            answerer.setDaemon(true);
            answerer.start();

            List<Candidate> found = new DeviceDiscovery(settings(List.of(noisy.appPort(), quiet.appPort())))
                    .serialPorts();
            answerer.interrupt();

            assertThat(found).extracting(Candidate::name, Candidate::answer).containsExactlyInAnyOrder(
                    tuple("", Answer.GARBAGE),
                    tuple("", Answer.SILENT));
            assertThat(found).filteredOn(c -> c.answer() == Answer.GARBAGE).singleElement()
                    .satisfies(c -> assertThat(c.connection()).contains(noisy.appPort()));
        }
    }

    @Test
    void printerDeviceFilesAreListedWithWhetherTheTillMayWriteThem() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Files.createFile(usb.resolve("lp0"));
        Files.createFile(usb.resolve("not-a-printer"));

        List<Candidate> found = new DeviceDiscovery(settings(List.of())).deviceFiles();

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(Source.DEVICE_FILE);
            assertThat(c.connection()).isEqualTo("file:" + usb.resolve("lp0"));
            assertThat(c.answer()).isEqualTo(Answer.WRITABLE);
        });
    }
}
