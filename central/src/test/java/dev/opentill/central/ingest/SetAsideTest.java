package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.SALE_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a bad event holds, the database never has to refuse it: it is refused by the checks,
 * named, and (for a current agent) set aside while the rest of its batch is stored.
 */
class SetAsideTest {
    @TempDir
    static Path dir;
    private static PushHarness centre;

    @BeforeAll
    static void start() {
        centre = new PushHarness(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static int stored(SaleEvent... sales) {
        return centre.central.dsl().fetchCount(SALE, SALE.EVENT_ID.in(List.of(sales).stream().map(SaleEvent::eventId)
                .toList()));
    }

    private static List<String> statuses(Answer a) {
        return a.body().get("acks").findValuesAsText("status");
    }

    @Test
    void aRefusedEventIsAcknowledgedAsRejectedWithAReasonAndTheRestOfItsBatchIsStored() {
        SaleEvent first = centre.sale();
        SaleEvent bad = centre.sale();
        SaleEvent third = centre.sale();
        ObjectNode nonsense = centre.tree(bad).put("totalMinor", 1);

        Answer a = centre.pushTrees(List.of(centre.tree(first), nonsense, centre.tree(third)), PushBatch.CURRENT);

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(statuses(a)).containsExactly("applied", "rejected", "applied");
        assertThat(a.body().get("acks").get(1).get("reason").asText()).contains("total");
        assertThat(stored(first, third)).isEqualTo(2);
        assertThat(stored(bad)).isZero();
    }

    @Test
    void aTextTooLongForItsColumnIsRefusedNamingTheEventNotAServerError() {
        SaleEvent sale = centre.sale();
        ObjectNode payload = centre.tree(sale);
        ((ObjectNode) payload.withArray("lines").get(0)).put("sku", "S".repeat(200));

        Answer a = centre.pushTrees(List.of(payload));

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("rejected").findValuesAsText("eventId")).containsExactly(sale.eventId().toString());
    }

    @Test
    void aNulCharacterIsRefusedBeforeItReachesTheDatabase() {
        SaleEvent sale = centre.sale();
        SaleEvent other = centre.sale();
        ObjectNode payload = centre.tree(sale).put("receiptNo", "S1-T1-\u00001");

        Answer a = centre.pushTrees(List.of(payload, centre.tree(other)), PushBatch.CURRENT);

        assertThat(statuses(a)).containsExactly("rejected", "applied");
        assertThat(stored(sale)).isZero();
    }

    @Test
    void aSaleIdStoredUnderAnotherEventIsRejectedAndNothingOfTheSecondIsStored() {
        SaleEvent original = centre.sale();
        centre.push(List.of(original));
        SaleEvent reuse = centre.sale();
        ObjectNode payload = centre.tree(reuse).put("saleId", original.saleId().toString());

        Answer a = centre.pushTrees(List.of(payload), PushBatch.CURRENT);

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(statuses(a)).containsExactly("rejected");
        assertThat(stored(reuse)).isZero();
        assertThat(centre.central.dsl().fetchCount(SALE_LINE, SALE_LINE.SALE_ID.eq(original.saleId()))).isEqualTo(1);
    }

    @Test
    void aSaleIdStoredUnderAnotherEventIsRefusedAsA400ForAnOlderAgent() {
        SaleEvent original = centre.sale();
        centre.push(List.of(original));
        ObjectNode payload = centre.tree(centre.sale()).put("saleId", original.saleId().toString());

        Answer a = centre.pushTrees(List.of(payload));

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("rejected")).hasSize(1);
    }

    @Test
    void anUnreadableOldestPendingTimeIsA400() throws Exception {
        SaleEvent sale = centre.sale();
        ObjectNode batch = centre.json.valueToTree(centre.batch(List.of(sale), PushBatch.CURRENT));
        batch.put("oldestPendingAt", "yesterday-ish");

        Answer a = centre.pushRaw(centre.json.writeValueAsString(batch).getBytes(StandardCharsets.UTF_8));

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        JsonNode body = a.body();
        assertThat(body.get("code").asText()).isEqualTo("MALFORMED");
        assertThat(stored(sale)).isZero();
    }
}
