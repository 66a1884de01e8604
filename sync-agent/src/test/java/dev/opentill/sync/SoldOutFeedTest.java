package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SOLD_OUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.jooq.Tables;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.SoldOutEvent;
import dev.opentill.sync.internal.TillSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sold-out mark made at one till reaches the centre once and the store's other tills, never another store's. */
class SoldOutFeedTest {
    private static CentralFixture central;
    private final ObjectMapper mapper = SyncJson.mapper();

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    @Test
    void aMarkReachesTheStoresOtherTillOnceAndNoOtherStoreThenComesBack(@TempDir Path dir) throws IOException {
        String a = CentralFixture.unique("SO");
        String b = CentralFixture.unique("SX");
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        String fruit = "option:topping/mango";
        String drink = "product:" + UUID.randomUUID();
        try (TillFixture a1 = TillFixture.enrolled(dir.resolve("a1"), central, a, "T1", central.url());
                TillFixture a2 = TillFixture.another(dir.resolve("a2"), central, a, "T2");
                TillFixture b1 = TillFixture.enrolled(dir.resolve("b1"), central, b, "T1", central.url());
                SyncAgent agentA1 = a1.agent();
                SyncAgent agentA2 = a2.agent();
                SyncAgent agentB1 = b1.agent()) {
            TillSettings.put(a2.dsl(), TillSettings.SYNC_URL, central.url());
            sync(agentA1, agentA2, agentB1);

            mark(a1, 1, fruit, day, true, Instant.now().minusSeconds(5));
            mark(a1, 2, drink, day, true, Instant.now().minusSeconds(4));
            sync(agentA1);
            // The acknowledgement is lost: the till sends the same events again.
            a1.dsl().update(OUTBOX).set(OUTBOX.ACKED_AT, (OffsetDateTime) null).execute();
            sync(agentA1, agentA2, agentB1);

            assertThat(central.dsl().fetchCount(Tables.SOLD_OUT_EVENT,
                    Tables.SOLD_OUT_EVENT.ITEM_KEY.in(fruit, drink))).as("each mark once").isEqualTo(2);
            assertThat(a1.pending()).isZero();
            assertThat(soldOut(a2, day)).as("the store's other till").containsExactlyInAnyOrder(fruit, drink);
            assertThat(soldOut(b1, day)).as("another store").isEmpty();

            // The mango is back: marked available at the other till, later.
            mark(a2, 1, fruit, day, false, Instant.now());
            sync(agentA2, agentA1, agentB1);
            assertThat(soldOut(a1, day)).containsExactly(drink);
            assertThat(soldOut(a2, day)).containsExactly(drink);
            assertThat(central.dsl().select(Tables.STORE_SOLD_OUT.SOLD_OUT).from(Tables.STORE_SOLD_OUT)
                    .where(Tables.STORE_SOLD_OUT.ITEM_KEY.eq(fruit)).fetchSingle().value1()).isFalse();
        }
    }

    @Test
    void aMarkNamingNoItemIsSetAsideAndTheRestIsStored(@TempDir Path dir) throws IOException {
        String a = CentralFixture.unique("SB");
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        try (TillFixture a1 = TillFixture.enrolled(dir.resolve("a1"), central, a, "T1", central.url());
                SyncAgent agent = a1.agent()) {
            mark(a1, 1, "shelf:42", day, true, Instant.now());
            mark(a1, 2, "option:ice/none", day, true, Instant.now());
            agent.syncNow();

            assertThat(agent.status().rejectedCount()).isEqualTo(1);
            assertThat(central.dsl().fetchCount(Tables.STORE_SOLD_OUT)).isGreaterThanOrEqualTo(1);
            assertThat(central.dsl().fetchCount(Tables.STORE_SOLD_OUT,
                    Tables.STORE_SOLD_OUT.ITEM_KEY.eq("shelf:42"))).isZero();
        }
    }

    /** What the till's sold-out writer commits: the local row and the event in the outbox. */
    private void mark(TillFixture till, long seq, String key, LocalDate day, boolean soldOut, Instant at)
            throws IOException {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        if (soldOut) {
            till.dsl().insertInto(SOLD_OUT).set(SOLD_OUT.ITEM_KEY, key).set(SOLD_OUT.BUSINESS_DAY, day)
                    .set(SOLD_OUT.MARKED_AT, when).onDuplicateKeyIgnore().execute();
        } else {
            till.dsl().deleteFrom(SOLD_OUT).where(SOLD_OUT.ITEM_KEY.eq(key)).execute();
        }
        UUID eventId = UuidV7.next();
        SoldOutEvent e = new SoldOutEvent(eventId, till.storeCode, till.terminalCode, key, day, soldOut, at, null);
        till.dsl().insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, eventId)
                .set(OUTBOX.EVENT_TYPE, SoldOutEvent.TYPE).set(OUTBOX.AGGREGATE_ID, eventId)
                .set(OUTBOX.PAYLOAD, mapper.writeValueAsString(e)).set(OUTBOX.CREATED_AT, when).execute();
    }

    private static List<String> soldOut(TillFixture till, LocalDate day) {
        return till.dsl().select(SOLD_OUT.ITEM_KEY).from(SOLD_OUT).where(SOLD_OUT.BUSINESS_DAY.eq(day))
                .fetch(SOLD_OUT.ITEM_KEY);
    }

    private static void sync(SyncAgent... agents) {
        for (SyncAgent agent : agents) {
            assertThat(agent.syncNow().lastError()).isNull();
        }
    }
}
