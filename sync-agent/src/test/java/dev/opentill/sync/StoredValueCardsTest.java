package dev.opentill.sync;

import static dev.opentill.central.jooq.Tables.STORED_VALUE_CARD;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_ENTRY;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_HOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.wallet.WalletProtocol.TopUpAnswer;
import dev.opentill.sync.StoredValueException.Refusal;
import dev.opentill.sync.internal.TillSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored-value cards between a real till store and a real centre on embedded PostgreSQL, through
 * the fault-injecting proxy: answers lost after the centre committed, a centre gone between hold
 * and capture, two tills offline on one card. The chain's default policy: an offline allowance of
 * 200.00 per card, anonymous cards up to 1,000.00.
 */
class StoredValueCardsTest {
    private static CentralFixture central;

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    private static String card(StoredValueCards till, long topUp) {
        String no = CentralFixture.unique("SV-");
        Map<String, Object> row = new HashMap<>();
        row.put("cardNo", no);
        row.put("named", false);
        central.admin("/stored-value/cards", row);
        till.topUp(UuidV7.next(), no, topUp, "CASH");
        return no;
    }

    private static long balance(String cardNo) {
        return central.dsl().select(STORED_VALUE_CARD.BALANCE_MINOR).from(STORED_VALUE_CARD)
                .where(STORED_VALUE_CARD.CARD_NO.eq(cardNo)).fetchSingle().value1();
    }

    private static long held(String cardNo) {
        return central.dsl().select(STORED_VALUE_CARD.HELD_MINOR).from(STORED_VALUE_CARD)
                .where(STORED_VALUE_CARD.CARD_NO.eq(cardNo)).fetchSingle().value1();
    }

    private static int entriesOf(UUID tender) {
        return central.dsl().fetchCount(STORED_VALUE_ENTRY, STORED_VALUE_ENTRY.REF_ID.eq(tender));
    }

    private static StoredValueCards cards(TillFixture till) {
        return new StoredValueCards(till.dsl(), TillFixture.testConfig());
    }

    @Test
    void aHoldWhoseAnswersAreLostFallsBackOfflineAndIsCapturedExactlyOnceWhenReported(@TempDir Path dir)
            throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url())) {
            StoredValueCards cards = cards(till);
            String card = card(cards, 50000);
            UUID tender = UuidV7.next();
            proxy.dropAnswers(5);

            CardPayment paid = cards.authorise(tender, card, 7000);
            proxy.dropAnswers(0);
            cards.capture(tender);
            long heldBeforeReport = held(card);
            int left = cards.report();

            assertThat(paid.online()).isFalse();
            assertThat(heldBeforeReport).isEqualTo(7000);
            assertThat(left).isZero();
            assertThat(balance(card)).isEqualTo(43000);
            assertThat(held(card)).isZero();
            assertThat(entriesOf(tender)).isOne();
            assertThat(central.dsl().fetchOne(STORED_VALUE_HOLD, STORED_VALUE_HOLD.TENDER_ID.eq(tender)).getStatus())
                    .isEqualTo("CAPTURED");
        }
    }

    @Test
    void aCaptureWhoseAnswerIsLostIsReportedAndChargedOnce(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url())) {
            StoredValueCards cards = cards(till);
            String card = card(cards, 50000);
            UUID tender = UuidV7.next();
            assertThat(cards.authorise(tender, card, 12000).online()).isTrue();
            proxy.dropAnswers(5);

            cards.capture(tender);
            proxy.dropAnswers(0);
            int left = cards.report();

            assertThat(left).isZero();
            assertThat(balance(card)).isEqualTo(38000);
            assertThat(held(card)).isZero();
            assertThat(entriesOf(tender)).isOne();
        }
    }

    @Test
    void aCentreGoneBetweenHoldAndCaptureIsChargedOnceWhenItIsBack(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url())) {
            StoredValueCards cards = cards(till);
            String card = card(cards, 50000);
            UUID tender = UuidV7.next();
            cards.authorise(tender, card, 30000);
            proxy.down(true);

            cards.capture(tender);
            int whileDown = cards.report();
            proxy.down(false);
            int afterwards = cards.report();

            assertThat(whileDown).isOne();
            assertThat(afterwards).isZero();
            assertThat(balance(card)).isEqualTo(20000);
            assertThat(entriesOf(tender)).isOne();
        }
    }

    @Test
    void twoOfflineTillsOnOneCardAreEachBoundedAndTheirOverSpendIsListedAtTheCentre(@TempDir Path dir)
            throws Exception {
        String store = CentralFixture.unique("S");
        Instant from = Instant.now().minusSeconds(5);
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        try (FaultProxy proxyA = new FaultProxy(central.port());
                FaultProxy proxyB = new FaultProxy(central.port());
                TillFixture a = TillFixture.enrolled(dir.resolve("a"), central, store, "T1", proxyA.url());
                TillFixture b = TillFixture.another(dir.resolve("b"), central, store, "T2")) {
            TillSettings.put(b.dsl(), TillSettings.SYNC_URL, proxyB.url());
            StoredValueCards tillA = cards(a);
            StoredValueCards tillB = cards(b);
            String card = card(tillA, 50000);
            tillB.card(card);
            proxyA.down(true);
            proxyB.down(true);

            UUID first = UuidV7.next();
            tillA.authorise(first, card, 15000);
            tillA.capture(first);
            assertThatThrownBy(() -> tillA.authorise(UuidV7.next(), card, 6000))
                    .isInstanceOfSatisfying(StoredValueException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(Refusal.OFFLINE_OVER_ALLOWANCE);
                        assertThat(e.message(Locale.ENGLISH)).contains("at most 50.00 more");
                        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("50.00").contains("离线");
                    });
            UUID second = UuidV7.next();
            tillB.authorise(second, card, 15000);
            tillB.capture(second);
            proxyA.down(false);
            proxyB.down(false);
            tillA.report();
            tillB.report();

            assertThat(balance(card)).isEqualTo(20000);
            JsonNode report = central.adminGet("/stored-value/reconciliation?from=" + from + "&to="
                    + Instant.now().plusSeconds(5));
            JsonNode over = null;
            for (JsonNode n : report.path("overAllowance")) {
                if (n.path("cardNo").asText().equals(card)) {
                    over = n;
                }
            }
            assertThat(over).isNotNull();
            assertThat(over.path("offlineSpentMinor").asLong()).isEqualTo(30000);
            assertThat(over.path("offlineAllowanceMinor").asLong()).isEqualTo(20000);
        }
    }

    @Test
    void aReturnOfASalePaidPartlyByCardGivesTheCardItsPartBackEvenOffline(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url())) {
            StoredValueCards cards = cards(till);
            String card = card(cards, 10000);
            UUID tender = UuidV7.next();
            // a sale of 80.00: 60.00 by card, 20.00 in cash
            cards.authorise(tender, card, 6000);
            cards.capture(tender);
            proxy.down(true);

            cards.refund(UuidV7.next(), card, 6000, tender);
            proxy.down(false);
            cards.report();

            assertThat(balance(card)).isEqualTo(10000);
            assertThatThrownBy(() -> cards.refund(UuidV7.next(), card, 1, tender))
                    .isInstanceOfSatisfying(StoredValueException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.STATE));
            assertThat(balance(card)).isEqualTo(10000);
        }
    }

    @Test
    void aTopUpNeedsTheCentreAndOfflineIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url())) {
            StoredValueCards cards = cards(till);
            String card = card(cards, 10000);
            UUID topUp = UuidV7.next();
            proxy.down(true);

            assertThatThrownBy(() -> cards.topUp(topUp, card, 5000, "CASH"))
                    .isInstanceOfSatisfying(StoredValueException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(Refusal.OFFLINE_TOP_UP);
                        assertThat(e.message(Locale.ENGLISH)).contains("cannot be reached");
                    });
            proxy.down(false);
            TopUpAnswer done = cards.topUp(topUp, card, 5000, "CASH");
            TopUpAnswer again = cards.topUp(topUp, card, 5000, "CASH");

            assertThat(done.balanceMinor()).isEqualTo(15000);
            assertThat(again).isEqualTo(done);
            assertThat(balance(card)).isEqualTo(15000);
        }
    }

    @Test
    void aCardNeverSeenOnlineCannotPayOffline(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url())) {
            proxy.down(true);

            assertThatThrownBy(() -> cards(till).authorise(UuidV7.next(), "SV-NEVER", 100))
                    .isInstanceOfSatisfying(StoredValueException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.OFFLINE_UNKNOWN_CARD));
        }
    }
}
