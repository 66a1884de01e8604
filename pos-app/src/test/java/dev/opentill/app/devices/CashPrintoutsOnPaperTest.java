package dev.opentill.app.devices;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.TillServices;
import dev.opentill.app.cash.CashOffice.CloseRequest;
import dev.opentill.app.security.Approval;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.testing.TestClock;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.app.ui.cash.CashSlips;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.devices.ReceiptOutput;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.cash.CashMovement;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.money.Money;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceNotReadyException;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.drawer.DrawerConfig;
import dev.opentill.peripherals.printer.EscPosPrinter;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.printer.escpos.StrictEscPosDecoder;
import dev.opentill.peripherals.sim.SimulatedPrinter;
import dev.opentill.peripherals.transport.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slips, X and Z go down the receipt printer's real ESC/POS path (the peripherals module's printer
 * over a simulated device); the bytes on the wire are read back by the test-side decoder.
 */
class CashPrintoutsOnPaperTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Approval MANAGER = new Approval("8001", "8888");
    @TempDir
    Path dir;
    private final SimulatedPrinter paper = new SimulatedPrinter(PrinterProfile.EPSON_80MM);
    private final Tap tap = new Tap(paper);
    private final ReceiptPrinter printer = new EscPosPrinter(
            PrinterConfig.of("printer", new Connection.Simulated(), PrinterProfile.EPSON_80MM).withStatusReplies(true),
            tap);
    private final PeripheralDevices adapters = new PeripheralDevices(printer,
            Peripherals.drawer(DrawerConfig.viaPrinter("drawer"), printer), null, null, null);
    private final ReceiptOutput output = adapters.devices().printer();
    private TillStore store;
    private TillServices till;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
        till = TillServices.open(store, TillConfig.load(store.dsl()),
                new TestClock(Instant.parse("2026-12-07T01:00:00Z")), ZONE, BarcodeParser.withDefaultLayouts(), true);
        till.authority().signIn(till.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
    }

    @AfterEach
    void close() {
        adapters.close();
        store.close();
    }

    private DrawerCount hundreds(int n) {
        var d = till.cash().policy().denominations();
        return new DrawerCount(d, Map.of(d.values().get(0), n));
    }

    private ZReport dayWithASaleAndAPayOut() {
        till.cash().openShift(hundreds(2), MANAGER);
        till.selling().scan(TestStores.TEA);
        till.tender().addTender(TenderType.CASH, Money.parse("12.00", Money.CNY), null);
        till.tender().complete();
        till.cash().move(Kind.PAY_OUT, Money.parse("12.00", Money.CNY), "SUPPLIER", null, null);
        return till.cash().close(new CloseRequest(hundreds(2), Map.of(), null, true), MANAGER);
    }

    private List<String> printed(List<String> lines) throws Exception {
        tap.clear();
        output.printReport(lines).get(10, TimeUnit.SECONDS);
        return StrictEscPosDecoder.decode(tap.bytes()).lines().stream().map(String::strip).toList();
    }

    @Test
    void theZPrintsInEnglishWithItsFiguresAndItsChain() throws Exception {
        ZReport z = dayWithASaleAndAPayOut();

        List<String> lines = printed(new CashSlips(new Messages(Locale.ENGLISH), ZONE, "S0001-T01").z(z, false));

        assertThat(lines).contains("Z REPORT No. 1", "Business date 2026-12-07", "Approved by Zhao Min",
                "Sales: 1", "Net sales: ¥12.00", "Tax 9%: net ¥11.01, tax ¥0.99", "Paid out: ¥12.00",
                "Opening float: ¥200.00", "Grand total: ¥12.00", "Chain: " + z.chain().hash().substring(0, 16));
        assertThat(lines).doesNotContain("*** COPY ***");
    }

    @Test
    void aDeclaredCardTotalPrintsOnTheZWithItsVarianceAndItsLimit() throws Exception {
        till.cash().openShift(hundreds(2), MANAGER);
        till.selling().scan(TestStores.TEA);
        till.tender().addTender(TenderType.CARD, Money.parse("12.00", Money.CNY), "AUTH-9");
        till.tender().complete();
        ZReport z = till.cash().close(new CloseRequest(hundreds(2), Map.of("CARD", Money.parse("20.00", Money.CNY)),
                "Card batch counted twice", true), MANAGER);

        List<String> lines = printed(new CashSlips(new Messages(Locale.ENGLISH), ZONE, "S0001-T01").z(z, false));

        assertThat(lines).containsSubsequence("Card", "expected ¥12.00  counted ¥20.00  variance ¥8.00",
                "Beyond its limit of ¥5.00: approved", "Variance reason: Card batch counted twice");
    }

    @Test
    void theZPrintsInChineseWithTheChineseFont() throws Exception {
        ZReport z = dayWithASaleAndAPayOut();

        List<String> lines = printed(new CashSlips(new Messages(Locale.SIMPLIFIED_CHINESE), ZONE, "S0001-T01")
                .z(z, false));

        assertThat(lines).contains("Z 报表 第 1 号", "营业日 2026-12-07", "批准人 Zhao Min", "支出：¥12.00");
    }

    @Test
    void aPayOutSlipPrintsItsReasonAndSignatureLine() throws Exception {
        till.cash().openShift(hundreds(1), MANAGER);
        CashMovement mv = till.cash().move(Kind.PAY_OUT, Money.parse("20.00", Money.CNY), "PETTY_CASH", null, null);

        List<String> lines = printed(new CashSlips(new Messages(Locale.ENGLISH), ZONE, "S0001-T01").movement(mv));

        assertThat(lines).contains("PAY OUT", "Amount: ¥20.00", "Reason: Petty cash", "Signature: ____________");
    }

    @Test
    void aPaperOutPrinterLosesNoZItIsStoredAndPrintsLaterAsACopy() throws Exception {
        ZReport z = dayWithASaleAndAPayOut();
        CashSlips slips = new CashSlips(new Messages(Locale.ENGLISH), ZONE, "S0001-T01");
        paper.setPaperOut(true);
        tap.clear();

        assertThatThrownBy(() -> output.printReport(slips.z(z, false)).get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(DeviceNotReadyException.class);
        assertThat(StrictEscPosDecoder.decode(tap.bytes()).lines()).noneMatch(l -> l.contains("Z REPORT"));

        paper.setPaperOut(false);
        ZReport again = till.cash().reprint(1);
        List<String> lines = printed(slips.z(again, true));
        assertThat(lines).startsWith("Z REPORT No. 1", "*** COPY ***");
        assertThat(again).isEqualTo(z);
    }

    /**
     * The simulated printer, with every byte the till wrote to it kept for the decoder, except the
     * real-time status queries (DLE EOT n), which are the link's business and not printed.
     */
    private static final class Tap implements Transport {
        private final SimulatedPrinter device;
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();

        Tap(SimulatedPrinter device) {
            this.device = device;
        }

        synchronized byte[] bytes() {
            return written.toByteArray();
        }

        synchronized void clear() {
            written.reset();
        }

        @Override
        public void open() throws IOException {
            device.open();
        }

        @Override
        public boolean isOpen() {
            return device.isOpen();
        }

        @Override
        public void write(byte[] data) throws IOException {
            int from = 0;
            while (from + 2 < data.length && data[from] == 0x10 && data[from + 1] == 0x04) {
                from += 3;
            }
            synchronized (this) {
                written.write(data, from, data.length - from);
            }
            device.write(data);
        }

        @Override
        public byte[] read(int max, Duration timeout) throws IOException {
            return device.read(max, timeout);
        }

        @Override
        public void probe() throws IOException {
            device.probe();
        }

        @Override
        public boolean canRead() {
            return device.canRead();
        }

        @Override
        public String describe() {
            return "tap on " + device.describe();
        }

        @Override
        public void close() {
            device.close();
        }
    }
}
