package dev.opentill.app.cash;

import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;

import dev.opentill.app.TillServices;
import dev.opentill.app.cash.CashOffice.CloseRequest;
import dev.opentill.app.security.Approval;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Child JVM of {@link ZCrashTest}: sells and closes shifts forever, printing each Z it was told is stored. */
public final class ZCrashChild {
    private ZCrashChild() {
    }

    public static void main(String[] args) {
        try (TillStore store = TillStore.open(Path.of(args[0]))) {
            TillServices till = TillFixture.open(store);
            System.out.println("READY");
            System.out.flush();
            if (!till.ticket().current().lines().isEmpty()) {
                // Killed mid-sale: the ticket came back (with its payment, if it had one); finish it first.
                if (till.ticket().cashDue().minor() > 0) {
                    till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
                }
                till.tender().complete();
            }
            for (int round = 0;; round++) {
                for (int i = 0; i < 3; i++) {
                    till.selling().scan(i % 2 == 0 ? COLA : CHIPS);
                    till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
                    till.tender().complete();
                }
                long expected = till.cash().drawer().expected().minor();
                ZReport z = till.cash().close(new CloseRequest(exact(till, expected), Map.of(), null, true),
                        new Approval("8001", "8888"));
                System.out.println("CLOSED " + z.header().zNumber());
                System.out.flush();
            }
        }
    }

    static DrawerCount exact(TillServices till, long minor) {
        var d = till.cash().policy().denominations();
        List<String> typed = new ArrayList<>(Collections.nCopies(d.values().size(), ""));
        typed.set(0, Long.toString(minor / 10_000));
        typed.set(d.values().size() - 1, Long.toString(minor % 10_000 / 10));
        return DrawerCount.parse(d, typed);
    }
}
