package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.SALE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.core.sync.SaleEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pushed sale is checked for sense before it is stored: ranges, arithmetic, tender types,
 * dates and exact amounts. Each nonsense sale is refused as a 400 naming its event; nothing of it is stored.
 */
class SaleSenseTest {
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

    static Stream<Arguments> nonsense() {
        return Stream.of(
                case_("a stock entry that would overflow the ledger", p -> entry(p, "stock").put("deltaMilli",
                        Long.MAX_VALUE - 5)),
                case_("points that would overflow a balance", p -> p.withArray("points").addObject()
                        .put("entryId", "0190a000-0000-7000-8000-000000000001").put("memberCard", "M1")
                        .put("delta", Long.MAX_VALUE / 2).put("reason", "SALE")),
                case_("a zero quantity", p -> entry(p, "lines").put("quantityMilli", 0)),
                case_("a negative quantity on a sale", p -> {
                    entry(p, "lines").put("quantityMilli", -2000).put("paidMinor", -2500);
                    p.put("totalMinor", -2500);
                }),
                case_("an absurd quantity", p -> entry(p, "lines").put("quantityMilli", 5_000_000_000L)),
                case_("lines that do not add up to the total", p -> p.put("totalMinor", 2400)),
                case_("payments that do not settle the total", p -> entry(p, "payments").put("amountMinor", 100)),
                case_("an unknown tender type", p -> entry(p, "payments").put("type", "GOLD_BARS")),
                case_("a date in 9999", p -> p.put("completedAt", "9999-01-01T00:00:00Z")),
                case_("a fractional amount", p -> p.put("totalMinor", 2500.99)),
                case_("a negative unit price", p -> entry(p, "lines").put("unitPriceMinor", -1)),
                case_("a tax rate over 100%", p -> entry(p, "lines").put("taxRateBp", 20_000)));
    }

    private static Arguments case_(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, change);
    }

    private static ObjectNode entry(ObjectNode payload, String array) {
        return (ObjectNode) payload.withArray(array).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonsense")
    void aNonsenseSaleIsRefusedNamingItsEventAndNothingIsStored(String name, Consumer<ObjectNode> change) {
        SaleEvent sale = centre.sale();
        ObjectNode payload = centre.tree(sale);
        change.accept(payload);

        Answer a = centre.pushTrees(List.of(payload));

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("rejected").findValuesAsText("eventId")).containsExactly(sale.eventId().toString());
        assertThat(centre.central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(sale.eventId()))).isZero();
    }

    @Test
    void aSaleWithCashRoundingAndChangeThatAddsUpIsStored() {
        // 25.04 due, 30.00 cash given, rounded down by 0.04, 5.00 change.
        SaleEvent sale = centre.sale(List.of(PushHarness.line(1, 1000, 2504)), 3000, 500, -4);

        Answer a = centre.push(List.of(sale));

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(centre.central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(sale.eventId()))).isEqualTo(1);
    }

    @Test
    void aRefusedSaleIsNamedWithTheReason() {
        SaleEvent sale = centre.sale();
        ObjectNode payload = centre.tree(sale);
        payload.put("totalMinor", 2400);

        JsonNode rejected = centre.pushTrees(List.of(payload)).body().get("rejected").get(0);

        assertThat(rejected.get("seq").asLong()).isEqualTo(sale.sequenceNo());
        assertThat(rejected.get("reason").asText()).contains("total");
    }
}
