package dev.opentill.central.wallet;

import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_ENTRY;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_HOLD;
import static dev.opentill.central.jooq.Tables.TERMINAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.wallet.WalletProtocol.HoldAnswer;
import dev.opentill.core.wallet.WalletProtocol.HoldRequest;
import dev.opentill.core.wallet.WalletProtocol.TopUpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries that arrive together (a till's retry racing its first attempt) still hold and capture once. */
class ConcurrentHoldTest {
    @Test
    void eightHoldsAndEightCapturesOfOneTenderAtOnceSpendItOnce(@TempDir Path dir) throws Exception {
        try (CentralPlatform central = CentralPlatform.start(CentralConfig.embedded(dir, 0, "admin-secret"))) {
            central.admin().createStore("S1", "Store 1");
            central.admin().createTerminal("S1", "S1-T1");
            TerminalIdentity till = new TerminalIdentity(
                    central.dsl().select(TERMINAL.ID).from(TERMINAL).where(TERMINAL.CODE.eq("S1-T1"))
                            .fetchSingle(TERMINAL.ID),
                    "S1-T1",
                    central.dsl().select(STORE.ID).from(STORE).where(STORE.CODE.eq("S1")).fetchSingle(STORE.ID),
                    "S1");
            StoredValue cards = new StoredValue(central.dsl(), Clock.systemUTC());
            new CardAdmin(central.dsl(), Clock.systemUTC()).issue(new CardAdmin.CardRow("RACE-1", false, null, null));
            cards.topUp(till, new TopUpRequest(UuidV7.next(), "RACE-1", 10000, "CASH"));
            UUID tender = UuidV7.next();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<HoldAnswer>> holds = new ArrayList<>();
                List<Callable<HoldAnswer>> captures = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    holds.add(() -> cards.hold(till, new HoldRequest(tender, "RACE-1", 4000)));
                    captures.add(() -> cards.capture(till, tender));
                }
                for (Future<HoldAnswer> f : pool.invokeAll(holds)) {
                    assertThat(f.get().amountMinor()).isEqualTo(4000);
                }
                for (Future<HoldAnswer> f : pool.invokeAll(captures)) {
                    assertThat(f.get().balanceMinor()).isEqualTo(6000);
                }
            } finally {
                pool.shutdown();
            }

            assertThat(cards.card("RACE-1").balanceMinor()).isEqualTo(6000);
            assertThat(cards.card("RACE-1").availableMinor()).isEqualTo(6000);
            assertThat(central.dsl().fetchCount(STORED_VALUE_HOLD, STORED_VALUE_HOLD.TENDER_ID.eq(tender))).isOne();
            assertThat(central.dsl().fetchCount(STORED_VALUE_ENTRY, STORED_VALUE_ENTRY.REF_ID.eq(tender))).isOne();
        }
    }
}
