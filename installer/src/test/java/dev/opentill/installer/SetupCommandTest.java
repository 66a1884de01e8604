package dev.opentill.installer;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.store.DeviceConfigRepository;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.SocatPair;
import dev.opentill.sync.Enrollment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code installer setup} and {@code installer health} against a centre running as its own process on loopback. */
class SetupCommandTest {
    private static CentralProcess central;

    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeAll
    static void startCentre() throws Exception {
        central = new CentralProcess(shared.resolve("central"));
    }

    @AfterAll
    static void stopCentre() throws Exception {
        central.close();
    }

    private int run(String data, String... args) {
        output.reset();
        List<String> all = new ArrayList<>(List.of("--data=" + dir.resolve(data)));
        all.addAll(List.of(args));
        return Installer.run(all.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private String setting(String data, String key) {
        try (TillStore store = TillStore.open(dir.resolve(data).resolve("till"))) {
            return store.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq(key));
        }
    }

    private List<DeviceSetting> devices(String data) {
        try (TillStore store = TillStore.open(dir.resolve(data).resolve("till"))) {
            return new DeviceConfigRepository(store, Clock.systemUTC()).all();
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void setupEnrollsAndSavesTheDevicesARerunChangesNothingAndHealthPassesEveryCheck() throws Exception {
        String code = central.enrollmentCode("S0001", "S0001-T01");
        try (SocatPair link = new SocatPair(dir, "printer");
                FakeEscPosPrinter printer = new FakeEscPosPrinter(link.devicePort())) {
            String[] setup = {"setup", "--central", central.url, "--code", code, "--printer",
                    "serial:" + link.appPort() + "?baud=19200&mode=8N1&flow=none", "--printer-model", "epson-tm-t88v",
                    "--drawer", "printer", "--drawer-pin", "2", "--scanner", "keyboard", "--lang", "en"};

            assertThat(run("till", setup)).as(out()).isZero();
            assertThat(out()).contains("Enrolled as terminal S0001-T01 of store S0001", "Setup done");
            String credential = setting("till", "sync.credential");
            List<DeviceSetting> saved = devices("till");
            assertThat(saved).extracting(DeviceSetting::kind).containsExactly(Kind.RECEIPT_PRINTER, Kind.DRAWER,
                    Kind.SCANNER);
            assertThat(saved.get(0).model()).isEqualTo("epson-tm-t88v");

            assertThat(run("till", setup)).as("run again").isZero();
            assertThat(out()).contains("Already enrolled as terminal S0001-T01");
            assertThat(setting("till", "sync.credential")).isEqualTo(credential);
            assertThat(devices("till")).isEqualTo(saved);

            assertThat(run("till", "--lang=en", "health")).as(out()).isZero();
            assertThat(out()).contains("answers with its status", "accepts the credential of this till",
                    "Every sale has reached the centre", "Healthy");
        }
    }

    @Test
    void healthFailsNamingAMissingPrinterAndAnUnreachableCentre() throws Exception {
        String code = central.enrollmentCode("S0002", "S0002-T01");
        Path absent = dir.resolve("no-such-port");
        assertThat(run("till", "setup", "--central", central.url, "--code", code, "--printer", "serial:" + absent,
                "--lang=en")).as(out()).isZero();
        assertThat(out()).contains("is not there now");
        int closed = closedPort();
        try (TillStore store = TillStore.open(dir.resolve("till/till"))) {
            Enrollment.repoint(store.dsl(), "http://127.0.0.1:" + closed);
        }

        assertThat(run("till", "--lang=en", "health")).isEqualTo(1);

        assertThat(out()).contains("[FAIL]  serial:" + absent).contains(absent + " does not exist")
                .contains("Cannot connect to 127.0.0.1 port " + closed).contains("2 problem(s) found");
    }

    @Test
    void aWrongOrUsedCodeLeavesTheTillUnenrolledAndTheSameCommandWithAFreshCodeFinishes() throws Exception {
        String[] devices = {"--printer", "sim", "--scanner", "keyboard", "--lang", "en"};
        assertThat(run("a", concat(new String[]{"setup", "--central", central.url, "--code", "WRON-GCOD-E222"},
                devices))).isEqualTo(3);
        assertThat(out()).contains("the till is not enrolled");
        assertThat(setting("a", "sync.credential")).isNull();
        assertThat(devices("a")).isEmpty();

        String code = central.enrollmentCode("S0003", "S0003-T01");
        assertThat(run("b", "setup", "--central", central.url, "--code", code)).isZero();
        assertThat(run("a", concat(new String[]{"setup", "--central", central.url, "--code", code}, devices)))
                .as("a used code").isEqualTo(3);
        assertThat(setting("a", "sync.credential")).isNull();

        String fresh = central.enrollmentCode("S0003", "S0003-T02");
        assertThat(run("a", concat(new String[]{"setup", "--central", central.url, "--code", fresh}, devices)))
                .as(out()).isZero();
        assertThat(setting("a", "terminal.code")).isEqualTo("S0003-T02");
        assertThat(devices("a")).hasSize(2);
    }

    @Test
    void anUnreachableCentreOrABadDeviceChangesNothingAndLeavesTheCodeUnspent() throws Exception {
        String code = central.enrollmentCode("S0004", "S0004-T01");
        assertThat(run("t", "setup", "--central", "http://127.0.0.1:" + closedPort(), "--code", code, "--lang",
                "en")).isEqualTo(4);
        assertThat(out()).contains("the code is still valid");
        assertThat(run("t", "setup", "--central", central.url, "--code", code, "--printer", "sim",
                "--printer-model", "tm-9000", "--lang", "en")).isEqualTo(1);
        assertThat(out()).contains("Unknown printer model 'tm-9000'");
        assertThat(setting("t", "sync.credential")).isNull();

        assertThat(run("t", "setup", "--central", central.url, "--code", code, "--lang", "zh")).isZero();
        assertThat(out()).contains("已注册为门店 S0004 的终端 S0004-T01");
    }

    @Test
    void theScannedQrPayloadTakesThePlaceOfUrlAndCodeAndAnyOtherBarcodeIsRefused() {
        assertThat(run("q", "setup", "--qr", "6901234567892", "--lang", "en")).isEqualTo(2);
        assertThat(out()).contains("Not an OpenTill enrollment code");

        assertThat(run("q", "setup", "--qr", central.enrollmentQr("S0005", "S0005-T01"), "--lang", "en"))
                .as(out()).isZero();
        assertThat(setting("q", "terminal.code")).isEqualTo("S0005-T01");
        assertThat(setting("q", "sync.url")).isEqualTo(central.url);
    }

    @Test
    void setupIsNotFinishedUntilAManagerCanLogInAndTheSameCommandFinishesItThen() throws Exception {
        String qr = central.enrollmentQrWithoutManager("S0006", "S0006-T01");
        String[] setup = {"setup", "--qr", qr, "--printer", "sim", "--lang", "en"};

        assertThat(run("m", setup)).as(out()).isEqualTo(1);
        assertThat(out()).contains("no manager of store S0006 can log in");
        assertThat(setting("m", "setup.step")).isEqualTo("SUMMARY");
        assertThat(devices("m")).hasSize(1);

        central.manager("S0006");
        assertThat(run("m", setup)).as(out()).isZero();
        assertThat(out()).contains("Already enrolled as terminal S0006-T01", "Setup done");
        assertThat(setting("m", "setup.step")).isEqualTo("DONE");
    }

    @Test
    void messagesInChineseSayNothingWasChanged() {
        assertThat(run("z", "setup", "--central", central.url, "--code", "WRON-GCOD-E333", "--lang", "zh"))
                .isEqualTo(3);
        assertThat(out()).contains("未做任何修改");
        assertThat(run("z", "setup", "--frobnicate", "x", "--lang=zh")).isEqualTo(2);
        assertThat(out()).contains("无法识别：--frobnicate");
    }

    private static String[] concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
