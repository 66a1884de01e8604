package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.Z_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.sync.SyncProtocol;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import dev.opentill.core.sync.ZReportEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The centre stores each till's Z exactly once and gives a store's day with the terminals whose Z is missing. */
class ZIngestTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    @TempDir
    Path dir;
    PushHarness centre;
    long seq = 1000;

    @BeforeEach
    void start() {
        centre = new PushHarness(dir);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private ZReportEvent z(long number, String terminal, long net) {
        Instant closed = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new ZReportEvent(UuidV7.next(), PushHarness.STORE, terminal, number, DAY, closed.minusSeconds(3600),
                closed, "CNY", 10, 1, net + 500, net, 20000, 19950, net * 3, 2, "0".repeat(64), "ab".repeat(32),
                "version=1\nz=" + number + "\n");
    }

    private Answer push(Object... events) {
        List<PushedEvent> pushed = new ArrayList<>();
        for (Object e : events) {
            seq++;
            if (e instanceof ZReportEvent z) {
                pushed.add(new PushedEvent(seq, z.eventId(), ZReportEvent.TYPE, centre.json.valueToTree(z)));
            } else {
                SaleEvent s = (SaleEvent) e;
                pushed.add(new PushedEvent(seq, s.eventId(), SaleEvent.TYPE, centre.json.valueToTree(s)));
            }
        }
        return centre.push(new PushBatch(PushHarness.STORE, PushHarness.TERMINAL, 0, null, pushed,
                PushBatch.CURRENT));
    }

    private JsonNode day(String store, String date) throws IOException {
        Request r = new Request.Builder()
                .url(centre.central.url() + SyncProtocol.API + "/admin/stores/" + store + "/days/" + date)
                .header("Authorization", "Bearer admin-secret").build();
        try (Response res = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build().newCall(r)
                .execute()) {
            String text = res.body().string();
            assertThat(res.code()).as(text).isEqualTo(200);
            return centre.json.readTree(text);
        }
    }

    @Test
    void aZIsStoredOnceAndAResendIsADuplicate() {
        ZReportEvent z = z(1, PushHarness.TERMINAL, 12000);
        Answer first = push(centre.sale(), z);
        assertThat(first.body().get("acks").findValuesAsText("status")).containsExactly("applied", "applied");
        Answer again = push(z);
        assertThat(again.body().get("acks").findValuesAsText("status")).containsExactly("duplicate");
        assertThat(centre.central.dsl().fetchCount(Z_REPORT)).isEqualTo(1);
    }

    @Test
    void anotherEventForAStoredZNumberIsRejectedAndChangesNothing() {
        push(z(1, PushHarness.TERMINAL, 12000));
        Answer clash = push(z(1, PushHarness.TERMINAL, 99));
        assertThat(clash.body().get("acks").get(0).get("status").asText()).isEqualTo("rejected");
        assertThat(centre.central.dsl().select(Z_REPORT.NET_MINOR).from(Z_REPORT).fetchSingle().value1())
                .isEqualTo(12000);
    }

    @Test
    void aMalformedZIsRejectedWithItsReason() {
        ZReportEvent good = z(2, PushHarness.TERMINAL, 1);
        ZReportEvent bad = new ZReportEvent(good.eventId(), good.storeCode(), good.terminalCode(), 2, DAY,
                good.openedAt(), good.closedAt(), "CNY", 1, 0, 1, 1, 0, 0, 1, 0, "0".repeat(64), "not a hash",
                good.document());
        Answer a = push(bad);
        assertThat(a.body().get("acks").get(0).get("status").asText()).isEqualTo("rejected");
        assertThat(a.body().get("acks").get(0).get("reason").asText()).contains("hash");
        ZReportEvent huge = new ZReportEvent(UuidV7.next(), good.storeCode(), good.terminalCode(), 3, DAY,
                good.openedAt(), good.closedAt(), "CNY", 1, 0, 1, 1, 0, 0, 1, 0, "0".repeat(64), "ab".repeat(32),
                "x".repeat(ZReportEvent.MAX_DOCUMENT + 1));
        assertThat(push(huge).body().get("acks").get(0).get("status").asText()).isEqualTo("rejected");
        assertThat(centre.central.dsl().fetchCount(Z_REPORT)).isZero();
    }

    @Test
    void aZOfAnotherTerminalIsForbidden() {
        Answer a = push(z(1, "S1-T9", 5));
        assertThat(a.status()).isEqualTo(403);
        assertThat(centre.central.dsl().fetchCount(Z_REPORT)).isZero();
    }

    @Test
    void aStoresDayTotalsItsZReportsAndNamesTheTerminalsWithout() throws Exception {
        centre.central.admin().createTerminal(PushHarness.STORE, "S1-T2");
        String code = centre.central.admin().enrollmentCode(PushHarness.STORE, "S1-T2", Duration.ofMinutes(5))
                .code();
        centre.post("/enroll", centre.json.writeValueAsBytes(new SyncProtocol.EnrollRequest(code, "second")), false,
                null);
        push(z(1, PushHarness.TERMINAL, 12000));
        push(z(2, PushHarness.TERMINAL, 3000));

        JsonNode day = day(PushHarness.STORE, DAY.toString());
        assertThat(day.get("reports").findValuesAsText("zNumber")).containsExactly("1", "2");
        assertThat(day.get("totals").get("netMinor").asLong()).isEqualTo(15000);
        assertThat(day.get("totals").get("sales").asInt()).isEqualTo(20);
        assertThat(day.get("totals").get("notAtCentre").asInt()).isEqualTo(4);
        assertThat(day.get("missing").get(0).asText()).isEqualTo("S1-T2");
        assertThat(day.get("missing")).hasSize(1);
        assertThat(day(PushHarness.STORE, "2026-12-08").get("missing")).hasSize(2);
    }
}
