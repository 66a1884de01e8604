package dev.opentill.central.wallet;

import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_ENTRY;
import static dev.opentill.central.jooq.Tables.TERMINAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.error.CentralException;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.wallet.TopUpBonus.Tier;
import dev.opentill.core.wallet.WalletProtocol;
import dev.opentill.core.wallet.WalletProtocol.HoldAnswer;
import dev.opentill.core.wallet.WalletProtocol.HoldRequest;
import dev.opentill.core.wallet.WalletProtocol.HoldStatus;
import dev.opentill.core.wallet.WalletProtocol.OfflineSpend;
import dev.opentill.core.wallet.WalletProtocol.RefundRequest;
import dev.opentill.core.wallet.WalletProtocol.TopUpAnswer;
import dev.opentill.core.wallet.WalletProtocol.TopUpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredValueTest {
    private CentralPlatform central;
    private StoredValue cards;
    private CardAdmin admin;
    private TerminalIdentity till;
    private TerminalIdentity otherStore;

    @BeforeEach
    void start(@TempDir Path dir) {
        central = CentralPlatform.start(CentralConfig.embedded(dir, 0, "admin-secret"));
        till = terminal("S1", "S1-T1");
        otherStore = terminal("S2", "S2-T1");
        cards = new StoredValue(central.dsl(), Clock.systemUTC());
        admin = new CardAdmin(central.dsl(), Clock.systemUTC());
        admin.setPolicy(new CardAdmin.Policy(500000, 100000, 20000,
                List.of(new Tier(10000, 2000), new Tier(50000, 15000))));
    }

    @AfterEach
    void stop() {
        central.close();
    }

    private TerminalIdentity terminal(String store, String code) {
        central.admin().createStore(store, "Store " + store);
        central.admin().createTerminal(store, code);
        UUID storeId = central.dsl().select(STORE.ID).from(STORE).where(STORE.CODE.eq(store)).fetchSingle(STORE.ID);
        UUID terminalId = central.dsl().select(TERMINAL.ID).from(TERMINAL).where(TERMINAL.CODE.eq(code))
                .fetchSingle(TERMINAL.ID);
        return new TerminalIdentity(terminalId, code, storeId, store);
    }

    private void card(String no, boolean named, long topUp) {
        admin.issue(new CardAdmin.CardRow(no, named, named ? "M" + no : null, null));
        if (topUp > 0) {
            cards.topUp(till, new TopUpRequest(UuidV7.next(), no, topUp, "CASH"));
        }
    }

    @Test
    void aTopUpEarnsItsTiersBonusAndARetryOfItAddsNothing() {
        card("C100", true, 0);
        UUID topUp = UuidV7.next();

        TopUpAnswer first = cards.topUp(till, new TopUpRequest(topUp, "C100", 10000, "CASH"));
        TopUpAnswer again = cards.topUp(till, new TopUpRequest(topUp, "C100", 10000, "CASH"));

        assertThat(first.bonusMinor()).isEqualTo(2000);
        assertThat(first.balanceMinor()).isEqualTo(12000);
        assertThat(again).isEqualTo(first);
        assertThat(cards.card("C100").balanceMinor()).isEqualTo(12000);
    }

    @Test
    void aTopUpThatWouldTakeAnAnonymousCardOverItsLimitIsRefusedAndChangesNothing() {
        card("A100", false, 80000);
        assertThat(cards.card("A100").balanceMinor()).isEqualTo(95000);

        assertThatThrownBy(() -> cards.topUp(till, new TopUpRequest(UuidV7.next(), "A100", 5001, "CASH")))
                .isInstanceOfSatisfying(CentralException.class, e -> {
                    assertThat(e.code()).isEqualTo(WalletProtocol.REFUSED_OVER_LIMIT);
                    assertThat(e.getMessage()).contains("100000");
                });
        assertThat(cards.card("A100").balanceMinor()).isEqualTo(95000);
        assertThat(cards.topUp(till, new TopUpRequest(UuidV7.next(), "A100", 5000, "CASH")).balanceMinor())
                .isEqualTo(100000);
    }

    @Test
    void aHoldAndACaptureAskedTwiceSpendOnce() {
        card("C200", true, 20000);
        UUID tender = UuidV7.next();

        HoldAnswer held = cards.hold(till, new HoldRequest(tender, "C200", 7000));
        HoldAnswer heldAgain = cards.hold(till, new HoldRequest(tender, "C200", 7000));
        HoldAnswer captured = cards.capture(till, tender);
        HoldAnswer capturedAgain = cards.capture(till, tender);

        assertThat(held.status()).isEqualTo(HoldStatus.HELD);
        assertThat(held.availableMinor()).isEqualTo(22000 - 7000);
        assertThat(heldAgain).isEqualTo(held);
        assertThat(captured.status()).isEqualTo(HoldStatus.CAPTURED);
        assertThat(capturedAgain).isEqualTo(captured);
        assertThat(cards.card("C200").balanceMinor()).isEqualTo(15000);
        assertThat(cards.card("C200").availableMinor()).isEqualTo(15000);
        assertThat(central.dsl().fetchCount(STORED_VALUE_ENTRY, STORED_VALUE_ENTRY.REF_ID.eq(tender))).isOne();
    }

    @Test
    void aHoldBeyondWhatIsFreeToSpendIsRefusedAndAHeldAmountIsNotFreeTwice() {
        card("C300", true, 10000);
        cards.hold(till, new HoldRequest(UuidV7.next(), "C300", 8000));

        assertThatThrownBy(() -> cards.hold(till, new HoldRequest(UuidV7.next(), "C300", 4001)))
                .isInstanceOfSatisfying(CentralException.class,
                        e -> assertThat(e.code()).isEqualTo(WalletProtocol.REFUSED_INSUFFICIENT));
        assertThat(cards.hold(till, new HoldRequest(UuidV7.next(), "C300", 4000)).availableMinor()).isZero();
    }

    @Test
    void theSameTenderCannotHoldAnotherAmount() {
        card("C400", true, 10000);
        UUID tender = UuidV7.next();
        cards.hold(till, new HoldRequest(tender, "C400", 1000));

        assertThatThrownBy(() -> cards.hold(till, new HoldRequest(tender, "C400", 2000)))
                .isInstanceOfSatisfying(CentralException.class,
                        e -> assertThat(e.code()).isEqualTo(WalletProtocol.REFUSED_ID_CLASH));
        assertThat(cards.card("C400").availableMinor()).isEqualTo(11000);
    }

    @Test
    void aReleasedHoldGivesItsMoneyBackAndCanNoLongerBeCaptured() {
        card("C500", true, 10000);
        UUID tender = UuidV7.next();
        cards.hold(till, new HoldRequest(tender, "C500", 3000));

        cards.release(till, tender);

        assertThat(cards.card("C500").availableMinor()).isEqualTo(12000);
        assertThatThrownBy(() -> cards.capture(till, tender)).isInstanceOfSatisfying(CentralException.class,
                e -> assertThat(e.code()).isEqualTo(WalletProtocol.REFUSED_STATE));
        assertThat(cards.card("C500").balanceMinor()).isEqualTo(12000);
    }

    @Test
    void onlyTheStoreThatHeldCanCaptureOrRelease() {
        card("C600", true, 10000);
        UUID tender = UuidV7.next();
        cards.hold(till, new HoldRequest(tender, "C600", 3000));

        assertThatThrownBy(() -> cards.capture(otherStore, tender)).isInstanceOfSatisfying(CentralException.class,
                e -> assertThat(e.reason()).isEqualTo(CentralException.Reason.FORBIDDEN));
        assertThat(cards.card("C600").balanceMinor()).isEqualTo(12000);
    }

    @Test
    void anOfflineSpendOfAHeldTenderCapturesTheHoldExactlyOnce() {
        card("C700", true, 10000);
        UUID tender = UuidV7.next();
        cards.hold(till, new HoldRequest(tender, "C700", 3000));

        cards.offlineSpend(till, new OfflineSpend(tender, "C700", 3000, Instant.now()));
        cards.offlineSpend(till, new OfflineSpend(tender, "C700", 3000, Instant.now()));

        assertThat(cards.card("C700").balanceMinor()).isEqualTo(9000);
        assertThat(cards.card("C700").availableMinor()).isEqualTo(9000);
        assertThat(central.dsl().fetchCount(STORED_VALUE_ENTRY, STORED_VALUE_ENTRY.REF_ID.eq(tender))).isOne();
    }

    @Test
    void anOfflineSpendOfATenderWhoseHoldWasGivenBackIsTakenAsAnOfflineSpend() {
        card("C750", true, 10000);
        UUID tender = UuidV7.next();
        cards.hold(till, new HoldRequest(tender, "C750", 3000));
        cards.release(till, tender);

        cards.offlineSpend(till, new OfflineSpend(tender, "C750", 3000, Instant.now()));

        assertThat(cards.card("C750").balanceMinor()).isEqualTo(9000);
        assertThat(central.dsl().fetchCount(STORED_VALUE_ENTRY, STORED_VALUE_ENTRY.REF_ID.eq(tender))).isOne();
    }

    @Test
    void aRefundGoesBackToTheCardButNeverMoreThanTheTenderTook() {
        card("C800", true, 10000);
        UUID tender = UuidV7.next();
        cards.hold(till, new HoldRequest(tender, "C800", 5000));
        cards.capture(till, tender);
        UUID refund = UuidV7.next();

        cards.refund(till, new RefundRequest(refund, "C800", 3000, tender));
        cards.refund(till, new RefundRequest(refund, "C800", 3000, tender));

        assertThat(cards.card("C800").balanceMinor()).isEqualTo(12000 - 5000 + 3000);
        assertThatThrownBy(() -> cards.refund(till, new RefundRequest(UuidV7.next(), "C800", 2001, tender)))
                .isInstanceOfSatisfying(CentralException.class,
                        e -> assertThat(e.code()).isEqualTo(WalletProtocol.REFUSED_STATE));
        cards.refund(till, new RefundRequest(UuidV7.next(), "C800", 2000, tender));
        assertThat(cards.card("C800").balanceMinor()).isEqualTo(12000);
    }

    @Test
    void offlineSpendsBeyondTheAllowanceOrTheBalanceAreListedInTheReconciliation() {
        Instant from = Instant.now().minusSeconds(60);
        card("C900", true, 10000);
        card("C901", true, 10000);
        card("C902", true, 50000);
        cards.offlineSpend(till, new OfflineSpend(UuidV7.next(), "C900", 15000, Instant.now()));
        cards.offlineSpend(otherStore, new OfflineSpend(UuidV7.next(), "C900", 9000, Instant.now()));
        cards.offlineSpend(till, new OfflineSpend(UuidV7.next(), "C901", 20000, Instant.now()));
        cards.offlineSpend(till, new OfflineSpend(UuidV7.next(), "C902", 19999, Instant.now()));

        Reconciliation.Report report = new Reconciliation(central.dsl()).between(from, Instant.now().plusSeconds(1));

        assertThat(cards.card("C900").balanceMinor()).isZero();
        assertThat(report.overAllowance()).extracting(Reconciliation.OverAllowance::cardNo)
                .containsExactly("C900", "C901");
        Reconciliation.OverAllowance c900 = report.overAllowance().get(0);
        assertThat(c900.offlineSpentMinor()).isEqualTo(24000);
        assertThat(c900.shortfallMinor()).isEqualTo(24000 - 12000);
        assertThat(report.entries()).filteredOn(e -> e.kind().equals("OFFLINE_SPEND")).hasSize(4);
        assertThat(report.entries()).filteredOn(e -> e.kind().equals("OFFLINE_SPEND"))
                .extracting(Reconciliation.EntryLine::storeCode).contains("S1", "S2");
    }

    @Test
    void aNamedCardNeedsItsMemberAndBonusTiersThatMakeNoSenseAreRefused() {
        assertThatThrownBy(() -> admin.issue(new CardAdmin.CardRow("N1000", true, null, null)))
                .hasMessageContaining("memberCard");
        assertThatThrownBy(() -> admin.setPolicy(new CardAdmin.Policy(500000, 100000, 20000,
                List.of(new Tier(10000, 20000))))).hasMessageContaining("tier 1");
        assertThat(admin.policy().bonuses()).hasSize(2);
        assertThat(admin.issue(new CardAdmin.CardRow("N1001", false, null, null)).limitMinor()).isEqualTo(100000);
    }
}
