package dev.opentill.peripherals.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceNotReadyException;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.sim.SimulatedLabelPrinter;
import dev.opentill.peripherals.sim.TsplInterpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class TsplLabelPrinterTest {
    private static final LabelConfig CONFIG = LabelConfig.defaults("labels");

    private static List<CupLabel> order(int cups) {
        return IntStream.rangeClosed(1, cups)
                .mapToObj(i -> new CupLabel("042", i, cups, "珍珠奶茶", "大杯 / 半糖", "", "14:05", "堂食", null))
                .toList();
    }

    @Test
    void oneLabelPerCupInOrder() throws Exception {
        SimulatedLabelPrinter sim = new SimulatedLabelPrinter();
        try (LabelPrinter printer = Peripherals.simulatedLabelPrinter(CONFIG, sim)) {
            printer.print(order(3)).get(10, TimeUnit.SECONDS);
            assertThat(TsplEncoderTest.cups(sim.printed())).containsExactly("1/3", "2/3", "3/3");
            assertThat(sim.errors()).isEmpty();
            assertThat(printer.waiting()).isEmpty();
        }
    }

    @Test
    void paperRunningOutMidOrderKeepsTheRestAndPrintsThemOnceWhenPaperIsBack() throws Exception {
        SimulatedLabelPrinter sim = new SimulatedLabelPrinter();
        sim.runOutAfter(1);
        try (LabelPrinter printer = Peripherals.simulatedLabelPrinter(CONFIG, sim)) {
            assertThatThrownBy(() -> printer.print(order(3)).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(DeviceNotReadyException.class);
            assertThat(TsplEncoderTest.cups(sim.printed())).containsExactly("1/3");
            assertThat(printer.waiting()).extracting(CupLabel::cupOfCups).containsExactly("2/3", "3/3");
            assertThat(printer.status().has(Condition.PAPER_OUT)).isTrue();

            sim.setPaperOut(false); // the new roll is in: the printer's status poll finds it ready
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!printer.waiting().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(TsplEncoderTest.cups(sim.printed())).containsExactly("1/3", "2/3", "3/3");
            assertThat(printer.waiting()).isEmpty();
        }
    }

    @Test
    void aLabelIsReprintedOnRequest() throws Exception {
        SimulatedLabelPrinter sim = new SimulatedLabelPrinter();
        try (LabelPrinter printer = Peripherals.simulatedLabelPrinter(CONFIG, sim)) {
            List<CupLabel> labels = order(2);
            printer.print(labels).get(10, TimeUnit.SECONDS);
            printer.print(List.of(labels.get(1))).get(10, TimeUnit.SECONDS);
            assertThat(TsplEncoderTest.cups(sim.printed())).containsExactly("1/2", "2/2", "2/2");
        }
    }

    @Test
    void aLabelPrinterOnTcp9100GetsTheLabelsAndItsStatusAnswered() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TsplInterpreter far = new TsplInterpreter(() -> 0);
            Thread t = new Thread(() -> {
                try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                    byte[] buf = new byte[4096];
                    int n;
                    while ((n = in.read(buf)) >= 0) {
                        far.feed(Arrays.copyOf(buf, n));
                        s.getOutputStream().write(far.takeAnswers());
                        s.getOutputStream().flush();
                    }
                } catch (IOException e) {
                    // closed by the test
                }
            });
            t.setDaemon(true);
            t.start();
            Connection c = Connection.parse("tcp:127.0.0.1:" + server.getLocalPort());
            try (LabelPrinter printer = Peripherals.labelPrinter(CONFIG, c)) {
                printer.print(order(2)).get(10, TimeUnit.SECONDS);
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (far.printed().size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(TsplEncoderTest.cups(far.printed())).containsExactly("1/2", "2/2");
                assertThat(printer.status().isReadyToPrint()).isTrue();
                assertThat(far.errors()).isEmpty();
            }
        }
    }

    @Test
    void aLabelPrinterBehindADeviceFileGetsExactlyTheEncodedLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lp0");
        Files.createFile(file);
        List<CupLabel> labels = order(2);
        try (LabelPrinter printer = Peripherals.labelPrinter(CONFIG, Connection.parse("file:" + file))) {
            printer.print(labels).get(10, TimeUnit.SECONDS);
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (CupLabel l : labels) {
            expected.write(TsplEncoder.encode(l, CONFIG));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
    }
}
