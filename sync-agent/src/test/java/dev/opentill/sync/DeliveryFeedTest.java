package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.DELIVERY_ORDER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.PRODUCTION_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.jooq.Tables;
import dev.opentill.core.delivery.DeliveryStatus;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.DeliveryStatusEvent;
import dev.opentill.core.sync.SoldOutEvent;
import dev.opentill.sync.internal.TillSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery-platform orders through a real centre: taken once per platform order, refused when they
 * cannot be made, carried to the store's tills (at once by the push channel, or when an offline
 * till is back), the till's steps back exactly once, and a platform cancel stopping production.
 */
class DeliveryFeedTest {
    private static CentralFixture central;
    private final ObjectMapper mapper = SyncJson.mapper();

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
        central.seedTaxAndCategory();
        central.products("DLV", 2);
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    private static Map<String, Object> order(String store, String platformId, long paid, List<Object> options) {
        return Map.of("storeCode", store, "source", "meituan", "platformOrderId", platformId, "platformSerial", "17",
                "items", List.of(Map.of("sku", "DLV0", "quantity", 2, "unitPriceMinor", 1200, "options", options)),
                "note", "less ice", "paidMinor", paid, "packagingFeeMinor", 100, "deliveryFeeMinor", 300);
    }

    private static String post(Map<String, Object> order) {
        return central.adminRaw("/delivery-orders", "application/json", json(order)).get("id").asText();
    }

    private static String json(Object o) {
        try {
            return SyncJson.mapper().writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOrderPostedWhileTheTillIsOfflineWaitsAtTheCentreAndArrivesWhenItIsBack(@TempDir Path dir) {
        String s = CentralFixture.unique("DA");
        try (TillFixture till = TillFixture.enrolled(dir.resolve("t"), central, s, "T1", central.url());
                TillFixture other = TillFixture.enrolled(dir.resolve("o"), central, CentralFixture.unique("DB"), "T1",
                        central.url());
                SyncAgent agent = till.agent();
                SyncAgent otherAgent = other.agent()) {
            TillSettings.put(till.dsl(), TillSettings.SYNC_URL, "http://127.0.0.1:9");
            assertThat(agent.syncNow().lastError()).as("offline").isNotNull();

            String id = post(order(s, "MT-" + UUID.randomUUID(), 2800, List.of()));

            JsonNode held = central.adminGet("/delivery-orders/meituan/"
                    + central.dsl().select(Tables.DELIVERY_ORDER.PLATFORM_ORDER_ID).from(Tables.DELIVERY_ORDER)
                            .where(Tables.DELIVERY_ORDER.ID.eq(UUID.fromString(id))).fetchSingle().value1());
            assertThat(held.path("status").asText()).as("waiting at the centre").isEqualTo("NEW");
            TillSettings.put(till.dsl(), TillSettings.SYNC_URL, central.url());
            assertThat(agent.syncNow().lastError()).isNull();
            assertThat(otherAgent.syncNow().lastError()).isNull();

            var row = till.dsl().selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.ID.eq(UUID.fromString(id)))
                    .fetchOne();
            assertThat(row).isNotNull();
            assertThat(row.getStatus()).isEqualTo("NEW");
            assertThat(row.getPlatformSerial()).isEqualTo("17");
            assertThat(row.getOrderJson()).contains("less ice");
            assertThat(other.dsl().fetchCount(DELIVERY_ORDER)).as("another store").isZero();
        }
    }

    @Test
    void theSameOrderPostedTwiceIsTakenOnceAndItsAcceptanceCountsOnceDespiteResends(@TempDir Path dir)
            throws IOException {
        String s = CentralFixture.unique("DC");
        try (TillFixture till = TillFixture.enrolled(dir.resolve("t"), central, s, "T1", central.url());
                SyncAgent agent = till.agent()) {
            String platformId = "MT-" + UUID.randomUUID();
            String first = post(order(s, platformId, 2800, List.of()));
            String again = post(order(s, platformId, 2800, List.of()));
            assertThat(again).isEqualTo(first);
            assertThat(central.dsl().fetchCount(Tables.DELIVERY_ORDER,
                    Tables.DELIVERY_ORDER.PLATFORM_ORDER_ID.eq(platformId))).isEqualTo(1);
            assertThat(agent.syncNow().lastError()).isNull();

            step(till, UUID.fromString(first), DeliveryStatus.ACCEPTED);
            assertThat(agent.syncNow().lastError()).isNull();
            // The acknowledgement is lost: the till sends the acceptance again.
            till.dsl().update(OUTBOX).set(OUTBOX.ACKED_AT, (OffsetDateTime) null).execute();
            assertThat(agent.syncNow().lastError()).isNull();

            assertThat(central.dsl().fetchCount(Tables.DELIVERY_STATUS_EVENT,
                    Tables.DELIVERY_STATUS_EVENT.ORDER_ID.eq(UUID.fromString(first)))).isEqualTo(1);
            assertThat(central.adminGet("/delivery-orders/meituan/" + platformId).path("status").asText())
                    .isEqualTo("ACCEPTED");
            assertThat(till.pending()).isZero();
        }
    }

    @Test
    void aPlatformCancelAfterMakingReachesTheTillAndStopsProduction(@TempDir Path dir) throws IOException {
        String s = CentralFixture.unique("DD");
        try (TillFixture till = TillFixture.enrolled(dir.resolve("t"), central, s, "T1", central.url());
                SyncAgent agent = till.agent()) {
            String platformId = "EL-" + UUID.randomUUID();
            UUID id = UUID.fromString(post(order(s, platformId, 2800, List.of())));
            assertThat(agent.syncNow().lastError()).isNull();
            step(till, id, DeliveryStatus.ACCEPTED);
            // What accepting put in the production queue: being made.
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            till.dsl().insertInto(PRODUCTION_ORDER).set(PRODUCTION_ORDER.ID, id)
                    .set(PRODUCTION_ORDER.TERMINAL_CODE, "T1").set(PRODUCTION_ORDER.RECEIPT_NO, "D-" + id)
                    .set(PRODUCTION_ORDER.CALL_NUMBER, "017").set(PRODUCTION_ORDER.PLATFORM_SERIAL, "17")
                    .set(PRODUCTION_ORDER.CHANNEL, "DELIVERY").set(PRODUCTION_ORDER.CUPS, 2)
                    .set(PRODUCTION_ORDER.SUMMARY, "DLV0 x2").set(PRODUCTION_ORDER.STATUS, "MAKING")
                    .set(PRODUCTION_ORDER.CREATED_AT, now).set(PRODUCTION_ORDER.UPDATED_AT, now).execute();
            assertThat(agent.syncNow().lastError()).isNull();

            central.adminRaw("/delivery-orders/meituan/" + platformId + "/cancel", "application/json",
                    "{\"reason\":\"customer refunded\"}");
            assertThat(agent.syncNow().lastError()).isNull();

            assertThat(till.dsl().select(DELIVERY_ORDER.STATUS, DELIVERY_ORDER.REASON).from(DELIVERY_ORDER)
                    .where(DELIVERY_ORDER.ID.eq(id)).fetchSingle().into(String[].class))
                    .containsExactly("CANCELLED", "customer refunded");
            assertThat(till.dsl().select(PRODUCTION_ORDER.STATUS).from(PRODUCTION_ORDER)
                    .where(PRODUCTION_ORDER.ID.eq(id)).fetchSingle().value1()).as("production stopped")
                    .isEqualTo("CANCELLED");

            // A "ready" the bar sent meanwhile is kept at the centre but does not undo the cancel.
            step(till, id, DeliveryStatus.READY);
            assertThat(agent.syncNow().lastError()).isNull();
            assertThat(central.adminGet("/delivery-orders/meituan/" + platformId).path("status").asText())
                    .isEqualTo("CANCELLED");
            assertThat(till.pending()).isZero();
        }
    }

    @Test
    void anOrderThatCannotBeMadeIsRefusedClearlyAndNothingIsStored(@TempDir Path dir) throws IOException {
        String s = CentralFixture.unique("DE");
        try (TillFixture till = TillFixture.enrolled(dir.resolve("t"), central, s, "T1", central.url());
                SyncAgent agent = till.agent()) {
            String p = "MT-" + UUID.randomUUID();
            assertThatThrownBy(() -> post(order(s, p, 2900, List.of()))).hasMessageContaining("400")
                    .hasMessageContaining("not the items");
            assertThatThrownBy(() -> post(order("NOPE" + s, p, 2800, List.of()))).hasMessageContaining("404");
            // The store marks the mango sold out at its till.
            UUID eventId = UuidV7.next();
            SoldOutEvent mark = new SoldOutEvent(eventId, s, "T1", "option:TOP/MANGO", LocalDate.now(ZoneOffset.UTC),
                    true, Instant.now(), null);
            till.dsl().insertInto(OUTBOX).set(OUTBOX.SEQ, nextSeq(till)).set(OUTBOX.EVENT_ID, eventId)
                    .set(OUTBOX.EVENT_TYPE, SoldOutEvent.TYPE).set(OUTBOX.AGGREGATE_ID, eventId)
                    .set(OUTBOX.PAYLOAD, mapper.writeValueAsString(mark))
                    .set(OUTBOX.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
            assertThat(agent.syncNow().lastError()).isNull();
            assertThatThrownBy(() -> post(order(s, p, 2800, List.of(Map.of("group", "TOP", "option", "MANGO")))))
                    .hasMessageContaining("409").hasMessageContaining("sold out");
            central.adminRaw("/stores/" + s + "/delivery", "application/json", "{\"taking\":false}");
            assertThatThrownBy(() -> post(order(s, p, 2800, List.of()))).hasMessageContaining("409")
                    .hasMessageContaining("closed");

            assertThat(central.dsl().fetchCount(Tables.DELIVERY_ORDER, Tables.DELIVERY_ORDER.PLATFORM_ORDER_ID.eq(p)))
                    .isZero();
        }
    }

    @Test
    void thePushChannelBringsANewOrderToARunningTillWithoutWaitingForThePull(@TempDir Path dir) throws Exception {
        String s = CentralFixture.unique("DF");
        try (TillFixture till = TillFixture.enrolled(dir.resolve("t"), central, s, "T1", central.url());
                SyncAgent agent = till.agent()) {
            agent.start().listenForDeliveries();
            // The pull interval is an hour: only the push channel can bring the order in time.
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (agent.status().lastSuccess() == null && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            UUID id = UUID.fromString(post(order(s, "MT-" + UUID.randomUUID(), 2800, List.of())));

            deadline = System.nanoTime() + 20_000_000_000L;
            while (till.dsl().fetchCount(DELIVERY_ORDER, DELIVERY_ORDER.ID.eq(id)) == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(till.dsl().fetchCount(DELIVERY_ORDER, DELIVERY_ORDER.ID.eq(id))).isEqualTo(1);
        }
    }

    private static long nextSeq(TillFixture till) {
        Long max = till.dsl().select(DSL.max(OUTBOX.SEQ)).from(OUTBOX).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    /** What the till's delivery desk commits for a step: the order's new status and the event in the outbox. */
    private void step(TillFixture till, UUID orderId, DeliveryStatus status) throws IOException {
        till.dsl().update(DELIVERY_ORDER).set(DELIVERY_ORDER.STATUS, status.name()).where(DELIVERY_ORDER.ID.eq(orderId))
                .and(DELIVERY_ORDER.STATUS.ne("CANCELLED")).execute();
        UUID eventId = UuidV7.next();
        DeliveryStatusEvent e = new DeliveryStatusEvent(eventId, till.storeCode, till.terminalCode, orderId, status,
                null, Instant.now());
        till.dsl().insertInto(OUTBOX).set(OUTBOX.SEQ, nextSeq(till)).set(OUTBOX.EVENT_ID, eventId)
                .set(OUTBOX.EVENT_TYPE, DeliveryStatusEvent.TYPE).set(OUTBOX.AGGREGATE_ID, orderId)
                .set(OUTBOX.PAYLOAD, mapper.writeValueAsString(e))
                .set(OUTBOX.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }
}
