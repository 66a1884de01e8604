package dev.opentill.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.LabelSettings;
import dev.opentill.app.store.SaleReader;
import dev.opentill.core.production.LabelQr;
import dev.opentill.app.testing.TestMenus;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.label.LabelPrinter;
import dev.opentill.peripherals.sim.LabelImage;
import dev.opentill.peripherals.sim.SimulatedLabelPrinter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cup labels of a completed sale, read back from the simulated TSPL printer: one per cup ("1/2",
 * "2/3"), with the order number, the drink, its options, the channel and a QR naming the cup; a
 * roll that runs out keeps the rest queued and prints them, none twice, when paper is back.
 */
class CupLabelServiceTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;
    SimulatedLabelPrinter sim;
    LabelPrinter printer;
    CupLabels labels;
    UUID tea;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
        TestMenus.teaMenu(store);
        tea = till.catalog().byCode(TestStores.TEA).orElseThrow().id();
        sim = new SimulatedLabelPrinter();
        printer = Peripherals.simulatedLabelPrinter(LabelSettings.load(store.dsl(), "labels"), sim);
        labels = new CupLabelService(new SaleReader(store.dsl()), printer, ZoneId.of("Asia/Shanghai"),
                () -> Locale.ENGLISH, "S1", "T1");
    }

    @AfterEach
    void close() {
        printer.close();
        store.close();
    }

    /** Two large teas with two pearls, a medium tea, and a cola (goods: no label). */
    private UUID threeCupsAndACola() {
        Ticket t = till.ordering().addWithOptions(tea, List.of(OptionPick.of("SIZE", "L"),
                new OptionPick("TOP", "PEARL", 2)));
        till.selling().changeQuantity(t.lines().get(0).id(), 2000);
        till.ordering().addWithOptions(tea, List.of(OptionPick.of("SIZE", "M")));
        till.selling().scan(TestStores.COLA);
        till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
        return till.tender().complete().saleId();
    }

    @Test
    void eachCupGetsItsLabelWithTheOrderNumberDrinkOptionsChannelAndQr() throws Exception {
        UUID sale = threeCupsAndACola();

        assertThat(labels.printSale(sale)).isEqualTo(3);
        waitUntil(() -> sim.printed().size() == 3);

        LabelImage first = sim.printed().get(0);
        String text = String.join(" ", first.lines()); // options may wrap over two lines
        assertThat(text).contains("001", "1/3", "Tieguanyin Tea 100g", "Large / Pearls x2", "Counter");
        assertThat(String.join("\n", sim.printed().get(2).lines())).contains("3/3", "Medium").doesNotContain("Pearls");
        String receipt = new SaleReader(store.dsl()).numbered(sale).orElseThrow().receiptNo();
        // The order's QR, as the production queue reads it when the bar scans a cup.
        assertThat(first.qrCodes()).singleElement().satisfies(q -> assertThat(LabelQr.parse(q.content()))
                .contains(new LabelQr("S1", "T1", receipt)));
        assertThat(sim.printed()).noneMatch(l -> l.lines().stream().anyMatch(s -> s.contains("Cola")));
        assertThat(sim.errors()).isEmpty();
    }

    @Test
    void aRollThatRunsOutMidOrderKeepsTheRestQueuedAndPrintsThemOnceWhenPaperIsBack() throws Exception {
        UUID sale = threeCupsAndACola();
        sim.runOutAfter(1);

        labels.printSale(sale);
        waitUntil(() -> sim.printed().size() == 1 && labels.waiting() == 2);
        sim.setPaperOut(false);

        waitUntil(() -> sim.printed().size() == 3 && labels.waiting() == 0);
        assertThat(sim.printed()).extracting(l -> l.lines().stream().filter(s -> s.matches("[0-9]/3")).findFirst()
                .orElseThrow()).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void aReprintPrintsTheSameLabelsAgainAndAPlainSaleHasNone() throws Exception {
        UUID sale = threeCupsAndACola();
        labels.printSale(sale);
        waitUntil(() -> sim.printed().size() == 3);

        labels.printSale(sale);
        waitUntil(() -> sim.printed().size() == 6);

        assertThat(sim.printed().subList(3, 6)).extracting(LabelImage::lines)
                .isEqualTo(sim.printed().subList(0, 3).stream().map(LabelImage::lines).toList());
        till.selling().scan(TestStores.COLA);
        till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
        assertThat(labels.printSale(till.tender().complete().saleId())).isZero();
    }

    /** Polls with a generous limit: the printer works on its own thread on a loaded machine. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Condition not met within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
