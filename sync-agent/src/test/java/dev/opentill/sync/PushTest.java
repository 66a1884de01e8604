package dev.opentill.sync;

import static dev.opentill.central.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.SALE_LINE;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.sync.internal.TillSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.store.jooq.Tables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

class PushTest {
    private static CentralFixture central;
    private static List<UUID> products;
    private final ObjectMapper mapper = SyncJson.mapper();
    private final OkHttpClient http = new OkHttpClient();

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
        central.seedTaxAndCategory();
        products = central.products("PUSH", 5);
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    private TillFixture till(Path dir) {
        return TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", central.url());
    }

    @Test
    void aSaleReachesTheCentreOnceWithItsLedgerEntriesAndTheTillMarksThemAcknowledged(@TempDir Path dir) {
        try (TillFixture till = till(dir); SyncAgent agent = till.agent()) {
            SaleEvent sale = till.sell(products.subList(0, 3), "M-1");

            SyncStatus status = agent.syncNow();

            assertThat(status.lastError()).isNull();
            assertThat(status.online()).isTrue();
            assertThat(status.pendingCount()).isZero();
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(sale.eventId()))).isEqualTo(1);
            assertThat(central.dsl().fetchCount(SALE_LINE, SALE_LINE.SALE_ID.eq(sale.saleId()))).isEqualTo(3);
            assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.eq(sale.eventId()))).isEqualTo(3);
            assertThat(central.dsl().fetchCount(POINTS_LEDGER, POINTS_LEDGER.EVENT_ID.eq(sale.eventId()))).isEqualTo(3);
            var tillStock = Tables.STOCK_LEDGER;
            var tillPoints = Tables.POINTS_LEDGER;
            assertThat(till.dsl().fetchCount(tillStock, tillStock.ACKED_AT.isNull())).isZero();
            assertThat(till.dsl().fetchCount(tillPoints, tillPoints.ACKED_AT.isNull())).isZero();
        }
    }

    @Test
    void aResentBatchIsAcknowledgedAndIgnored(@TempDir Path dir) throws IOException {
        try (TillFixture till = till(dir)) {
            SaleEvent a = till.sell(products.subList(0, 2), null);
            SaleEvent b = till.sell(products.subList(2, 4), null);
            ObjectNode batch = batch(till, List.of(a, b), List.of(1L, 2L));

            JsonNode first = post(till, batch, 200);
            JsonNode second = post(till, batch, 200);

            assertThat(first.get("acks").findValuesAsText("status")).containsExactly("applied", "applied");
            assertThat(second.get("acks").findValuesAsText("status")).containsExactly("duplicate", "duplicate");
            assertThat(second.get("ackedThrough").asLong()).isEqualTo(2);
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(a.eventId(), b.eventId()))).isEqualTo(2);
            assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.in(a.eventId(), b.eventId())))
                    .isEqualTo(4);
        }
    }

    @Test
    void outOfOrderAndOverlappingBatchesStoreEverySaleOnce(@TempDir Path dir) throws IOException {
        try (TillFixture till = till(dir)) {
            List<SaleEvent> sales = List.of(till.sell(products.subList(0, 1), null),
                    till.sell(products.subList(1, 2), null),
                    till.sell(products.subList(2, 3), null), till.sell(products.subList(3, 4), null));

            post(till, batch(till, sales.subList(2, 4), List.of(3L, 4L)), 200);
            post(till, batch(till, sales.subList(0, 2), List.of(1L, 2L)), 200);
            JsonNode overlap = post(till, batch(till, sales.subList(1, 3), List.of(2L, 3L)), 200);

            assertThat(overlap.get("acks").findValuesAsText("status")).containsOnly("duplicate");
            List<UUID> ids = sales.stream().map(SaleEvent::eventId).toList();
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(ids))).isEqualTo(4);
            assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.in(ids))).isEqualTo(4);
        }
    }

    @Test
    void aBatchMixingHeldAndNewSalesAppliesOnlyTheNewOnes(@TempDir Path dir) throws IOException {
        try (TillFixture till = till(dir)) {
            List<SaleEvent> sales = List.of(till.sell(products.subList(0, 1), null),
                    till.sell(products.subList(1, 3), null));
            post(till, batch(till, sales.subList(0, 1), List.of(1L)), 200);

            JsonNode mixed = post(till, batch(till, sales, List.of(1L, 2L)), 200);

            assertThat(mixed.get("acks").findValuesAsText("status")).containsExactly("duplicate", "applied");
            List<UUID> ids = sales.stream().map(SaleEvent::eventId).toList();
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(ids))).isEqualTo(2);
            assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.in(ids))).isEqualTo(3);
        }
    }

    @Test
    void theSameBatchPushedTwiceAtOnceStoresEachSaleOnce(@TempDir Path dir) throws Exception {
        try (TillFixture till = till(dir)) {
            List<SaleEvent> sales = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sales.add(till.sell(products.subList(i % 4, i % 4 + 1), null));
            }
            List<Long> seqs = LongStream.rangeClosed(1, 20).boxed().toList();
            var pool = Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> post(till, batch(till, sales, seqs), 200));
                var second = pool.submit(() -> post(till, batch(till, sales, seqs), 200));
                first.get();
                second.get();
            } finally {
                pool.shutdown();
            }
            List<UUID> ids = sales.stream().map(SaleEvent::eventId).toList();
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(ids))).isEqualTo(20);
            assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.in(ids))).isEqualTo(20);
        }
    }

    @Test
    void aMalformedPayloadGetsA400AndNothingOfItsBatchIsApplied(@TempDir Path dir) throws IOException {
        try (TillFixture till = till(dir)) {
            SaleEvent good = till.sell(products.subList(0, 2), "M-2");
            SaleEvent bad = till.sell(products.subList(2, 3), null);
            ObjectNode batch = batch(till, List.of(good, bad), List.of(1L, 2L));
            ((ObjectNode) batch.get("events").get(1).get("payload")).remove("lines");
            ((ObjectNode) batch.get("events").get(1).get("payload")).put("stock", "not a list");

            JsonNode error = post(till, batch, 400);

            assertThat(error.get("code").asText()).isEqualTo("MALFORMED");
            assertThat(error.get("rejected").get(0).get("seq").asLong()).isEqualTo(2);
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(good.eventId(), bad.eventId()))).isZero();
            assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.eq(good.eventId()))).isZero();
            assertThat(central.dsl().fetchCount(POINTS_LEDGER, POINTS_LEDGER.EVENT_ID.eq(good.eventId()))).isZero();
        }
    }

    @Test
    void theAgentSetsARejectedEventAsideKeepsItAndPushesTheRest(@TempDir Path dir) {
        try (TillFixture till = till(dir); SyncAgent agent = till.agent()) {
            SaleEvent first = till.sell(products.subList(0, 1), null);
            till.dsl().transaction(cfg -> till.writeOutbox(cfg.dsl(), 2, UUID.randomUUID(), UUID.randomUUID(),
                    "{\"eventId\":", Instant.now()));
            SaleEvent third = till.sell(products.subList(1, 2), null);

            SyncStatus rejected = agent.syncNow();
            SyncStatus after = agent.syncNow();

            assertThat(rejected.lastError().kind()).isEqualTo(SyncError.Kind.EVENTS_REJECTED);
            assertThat(after.pendingCount()).isEqualTo(1);
            assertThat(after.rejectedCount()).isEqualTo(1);
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(first.eventId(), third.eventId()))).isEqualTo(2);
        }
    }

    @Test
    void anEventTheCentreRejectsIsSetAsideWhileTheOthersOfItsBatchAreStoredAndItIsNotResent(@TempDir Path dir) {
        try (TillFixture till = till(dir); SyncAgent agent = till.agent()) {
            SaleEvent first = till.sell(products.subList(0, 1), null);
            ObjectNode nonsense = mapper.valueToTree(first);
            UUID badEvent = UUID.randomUUID();
            nonsense.put("eventId", badEvent.toString()).put("saleId", UUID.randomUUID().toString()).put("totalMinor",
                    1);
            till.dsl()
                    .transaction(cfg -> till.writeOutbox(cfg.dsl(), 2, badEvent, UUID.randomUUID(), nonsense.toString(),
                            Instant.now()));
            SaleEvent third = till.sell(products.subList(1, 2), null);
            var outbox = Tables.OUTBOX;

            SyncStatus rejected = agent.syncNow();
            int storedAtOnce = central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(first.eventId(), third.eventId()));
            SyncStatus after = agent.syncNow();

            assertThat(storedAtOnce).isEqualTo(2);
            assertThat(rejected.lastError().kind()).isEqualTo(SyncError.Kind.EVENTS_REJECTED);
            assertThat(after.rejectedCount()).isEqualTo(1);
            assertThat(till.dsl().select(outbox.ATTEMPTS, outbox.LAST_ERROR).from(outbox).where(outbox.SEQ.eq(2L))
                    .fetchSingle()).satisfies(r -> {
                        assertThat(r.value1()).isEqualTo(1);
                        assertThat(r.value2()).contains("total");
                    });
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(badEvent))).isZero();
        }
    }

    @Test
    void aTerminalCannotPushOrReadAnotherStoresData(@TempDir Path dir) throws IOException {
        try (TillFixture mine = till(dir.resolve("a")); TillFixture other = till(dir.resolve("b"))) {
            SaleEvent foreign = other.sell(products.subList(0, 1), null);

            JsonNode pushed = post(mine, batch(other, List.of(foreign), List.of(1L)), 403);
            Request read = new Request.Builder().url(central.url() + "/api/v1/sync/changes?store=" + other.storeCode)
                    .header("Authorization", "Bearer " + credential(mine)).get().build();
            int readStatus;
            try (Response res = http.newCall(read).execute()) {
                readStatus = res.code();
            }

            assertThat(pushed.get("code").asText()).isEqualTo("FORBIDDEN");
            assertThat(readStatus).isEqualTo(403);
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(foreign.eventId()))).isZero();
        }
    }

    @Test
    void theBackOfficeSeesEachTerminalsBacklogAndWhenItCaughtUp(@TempDir Path dir) throws IOException {
        try (TillFixture till = till(dir); SyncAgent agent = till.agent()) {
            SaleEvent first = till.sell(products.subList(0, 1), null);
            ObjectNode partial = batch(till, List.of(first), List.of(1L));
            partial.put("pending", 5).put("oldestPendingAt", Instant.now().minusSeconds(600).toString());
            post(till, partial, 200);
            JsonNode behind = statusOf(till);
            till.sell(products.subList(1, 2), null);
            agent.syncNow();
            JsonNode caughtUp = statusOf(till);

            assertThat(behind.get("backlog").asLong()).isEqualTo(4);
            assertThat(behind.get("lagSeconds").asLong()).isGreaterThanOrEqualTo(600);
            assertThat(caughtUp.get("backlog").asLong()).isZero();
            assertThat(caughtUp.get("maxAckedSeq").asLong()).isEqualTo(2);
            assertThat(caughtUp.get("lastPushAt").isNull()).isFalse();
            assertThat(caughtUp.get("pullPosition").asLong()).isEqualTo(0);
            assertThat(caughtUp.get("feedPosition").asLong()).isPositive();
        }
    }

    private JsonNode statusOf(TillFixture till) {
        for (JsonNode t : central.adminGet("/terminals/status")) {
            if (t.get("storeCode").asText().equals(till.storeCode)
                    && t.get("terminalCode").asText().equals(till.terminalCode)) {
                return t;
            }
        }
        throw new AssertionError("no status for " + till.storeCode);
    }

    private ObjectNode batch(TillFixture till, List<SaleEvent> sales, List<Long> seqs) {
        ObjectNode body = mapper.createObjectNode().put("storeCode", till.storeCode).put("terminalCode",
                till.terminalCode);
        ArrayNode events = body.putArray("events");
        for (int i = 0; i < sales.size(); i++) {
            events.addObject().put("seq", seqs.get(i)).put("eventId", sales.get(i).eventId().toString())
                    .put("type", SaleEvent.TYPE).set("payload", mapper.valueToTree(sales.get(i)));
        }
        return body;
    }

    private String credential(TillFixture till) {
        return TillSettings.get(till.dsl(), TillSettings.SYNC_CREDENTIAL);
    }

    private JsonNode post(TillFixture till, ObjectNode body, int expectedStatus) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            mapper.writeValue(gz, body);
        }
        Request req = new Request.Builder().url(central.url() + "/api/v1/sync/push")
                .header("Authorization", "Bearer " + credential(till)).header("Content-Encoding", "gzip")
                .post(RequestBody.create(buf.toByteArray(), MediaType.get("application/json"))).build();
        try (Response res = http.newCall(req).execute()) {
            String text = res.body().string();
            assertThat(res.code()).as(text).isEqualTo(expectedStatus);
            return mapper.readTree(text);
        }
    }
}
