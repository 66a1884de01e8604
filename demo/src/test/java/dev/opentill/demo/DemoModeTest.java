package dev.opentill.demo;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillComposition;
import dev.opentill.app.TillOptions;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.TenderType;
import java.nio.file.Path;
import dev.opentill.app.ui.devices.PaperPreviews;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command end to end without a window: demo store, simulated devices and the
 * in-process central platform; a sale made at the till reaches the centre and is acknowledged.
 */
class DemoModeTest {
    @TempDir
    Path dir;

    @Test
    void aDemoTillEnrollsWithItsLocalCentreAndASaleReachesIt() throws Exception {
        try (TillComposition c = DemoTill.open(new TillOptions(dir, Locale.ENGLISH), new DirectTaskRunner())) {
            c.till.authority().signIn(c.till.staff().byLoginCode(DemoCatalog.CASHIER.loginCode()).orElseThrow());
            c.till.selling().scan(DemoCatalog.COLA.barcodes().get(0));
            c.till.tender().addTender(TenderType.CASH, Money.parse("10.00", Money.CNY), null);
            var sale = c.till.tender().complete();

            awaitAcknowledged(c, sale.saleId());

            assertThat(c.sync.current().online()).isTrue();
            assertThat(c.sync.current().pending()).isZero();

            // Demo mode shows what its printer prints, drawn from the bytes the printer received.
            PaperPreviews previews = c.parts.devices().previews();
            assertThat(previews).as("demo mode previews printed receipts").isNotNull();
            List<PaperPreviews.PrintedPaper> shown = new CopyOnWriteArrayList<>();
            previews.onPrinted(shown::add);
            c.parts.devices().printer().print(sale.receipt()).get(30, TimeUnit.SECONDS);
            assertThat(shown).anyMatch(p -> p.text().contains(sale.receiptNo()) && p.png().length > 0);
        }
        // A second start finds the till enrolled and the centre on a new port.
        try (TillComposition again = DemoTill.open(new TillOptions(dir, Locale.ENGLISH), new DirectTaskRunner())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!again.sync.current().online() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(again.sync.current().online()).isTrue();
        }
    }

    private static void awaitAcknowledged(TillComposition c, UUID saleId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            // The agent marks the outbox row first and publishes its status after: wait for both.
            if (c.store.dsl().fetchExists(OUTBOX, OUTBOX.AGGREGATE_ID.eq(saleId).and(OUTBOX.ACKED_AT.isNotNull()))
                    && c.sync.current().pending() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the centre did not acknowledge the sale within 30 s; status " + c.sync.current());
    }
}
