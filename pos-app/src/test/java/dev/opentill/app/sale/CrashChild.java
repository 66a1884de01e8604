package dev.opentill.app.sale;

import dev.opentill.app.TillServices;

import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Child process of {@link SaleCrashTest}: sells in a loop and reports each durable step on
 * stdout, until the parent kills it with SIGKILL.
 */
public final class CrashChild {
    public static void main(String[] args) {
        TillStore store = TillStore.open(Path.of(args[0]));
        Random random = new Random(Long.parseLong(args[1]));
        TillServices till = TillFixture.open(store);
        List<String> codes = List.of(TestStores.COLA, TestStores.CHIPS, TestStores.TEA);
        System.out.println("READY " + till.ticket().current().id() + " " + till.ticket().current().lines().size());
        while (true) {
            if (!till.ticket().current().tenders().isEmpty()) {
                // Killed after a payment was taken but before completion: finish that sale first.
                var done = till.tender().complete();
                System.out.println("DONE " + done.saleId() + " " + done.receiptNo());
            }
            int items = 1 + random.nextInt(4);
            while (till.ticket().current().lines().size() < items) {
                var t = till.selling().scan(codes.get(random.nextInt(codes.size())));
                System.out.println("SAVED " + t.id() + " " + t.lines().size());
            }
            Money due = till.ticket().cashDue();
            if (random.nextBoolean()) {
                till.tender().addTender(TenderType.CARD, due, "CARD-" + random.nextInt(1_000_000));
            } else {
                till.tender().addTender(TenderType.CASH,
                        due.plus(Money.ofMinor(random.nextInt(3) * 500L, due.currency())), null);
            }
            var done = till.tender().complete();
            System.out.println("DONE " + done.saleId() + " " + done.receiptNo());
        }
    }
}
