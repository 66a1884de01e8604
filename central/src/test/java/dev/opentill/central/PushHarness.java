package dev.opentill.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.sync.SyncProtocol;
import dev.opentill.core.sync.SyncProtocol.EnrollResponse;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A centre on an embedded H2 file with one enrolled terminal, pushed to over real HTTP on
 * loopback, the way a till's agent pushes.
 */
public final class PushHarness implements AutoCloseable {
    public static final String STORE = "S1";
    public static final String TERMINAL = "S1-T1";

    public final CentralPlatform central;
    public final ObjectMapper json = CentralPlatform.objectMapper();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
    private final String credential;
    private long seq;

    /** What the centre answered: the status and the JSON body (null if the body was not JSON). */
    public record Answer(int status, JsonNode body, String text) {
    }

    public PushHarness(Path dir) {
        central = CentralPlatform.start(CentralConfig.embedded(dir, 0, "admin-secret"));
        central.admin().createStore(STORE, "Store 1");
        central.admin().createTerminal(STORE, TERMINAL);
        String code = central.admin().enrollmentCode(STORE, TERMINAL, Duration.ofMinutes(5)).code();
        try {
            Answer a = post("/enroll", json.writeValueAsBytes(new SyncProtocol.EnrollRequest(code, "test")), false,
                    null);
            credential = json.treeToValue(a.body(), EnrollResponse.class).credential();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed one-line cash sale of this terminal, with its stock entry. */
    public SaleEvent sale() {
        return sale(List.of(line(1, 2000, 1250)), 2500, 0, 0);
    }

    /** A sale of {@code lines} with a cash payment of {@code cash}, giving {@code change} back. */
    public SaleEvent sale(List<SaleEvent.Line> lines, long cash, long change, long cashRounding) {
        long total = lines.stream().mapToLong(SaleEvent.Line::paidMinor).sum();
        long gross = lines.stream().mapToLong(l -> l.paidMinor() + l.discountMinor()).sum();
        List<SaleEvent.StockEntry> stock = new ArrayList<>();
        for (SaleEvent.Line l : lines) {
            stock.add(new SaleEvent.StockEntry(UuidV7.next(), l.productId(), -l.quantityMilli(), "SALE"));
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        seq++;
        return new SaleEvent(UuidV7.next(), UuidV7.next(), STORE, TERMINAL, seq, TERMINAL + "-" + seq, SaleKind.SALE,
                null, UuidV7.next(), null, at.minusSeconds(60), at, "CNY", gross, gross - total, total * 13 / 113,
                total,
                cashRounding, change, false, lines, List.of(new SaleEvent.Payment("CASH", cash, null)), stock,
                List.of(),
                List.of());
    }

    /** A line of {@code quantityMilli} at {@code unitPrice}, paid in full. */
    public static SaleEvent.Line line(int no, long quantityMilli, long unitPrice) {
        long paid = quantityMilli * unitPrice / 1000;
        return new SaleEvent.Line(UuidV7.next(), no, UuidV7.next(), "SKU-" + no, quantityMilli, unitPrice, null, 0,
                paid,
                1300, false, null);
    }

    /** Pushes as an agent of before {@link PushBatch#SETS_ASIDE}: a refused event refuses the batch. */
    public Answer push(List<SaleEvent> sales) {
        return push(batch(sales, 1));
    }

    /** Pushes as a current agent: a refused event is answered as rejected and the rest is stored. */
    public Answer pushSettingAside(List<SaleEvent> sales) {
        return push(batch(sales, PushBatch.CURRENT));
    }

    public PushBatch batch(List<SaleEvent> sales, int version) {
        List<PushedEvent> events = new ArrayList<>();
        for (SaleEvent s : sales) {
            events.add(new PushedEvent(s.sequenceNo(), s.eventId(), SaleEvent.TYPE, json.valueToTree(s)));
        }
        return new PushBatch(STORE, TERMINAL, events.size(), null, events, version);
    }

    /** Pushes sales given as JSON trees, so a test can put in what no record would hold. */
    public Answer pushTrees(List<JsonNode> payloads) {
        return pushTrees(payloads, 1);
    }

    public Answer pushTrees(List<JsonNode> payloads, int version) {
        List<PushedEvent> events = new ArrayList<>();
        for (JsonNode p : payloads) {
            events.add(new PushedEvent(p.path("sequenceNo").asLong(), UUID.fromString(p.path("eventId").asText()),
                    SaleEvent.TYPE, p));
        }
        return push(new PushBatch(STORE, TERMINAL, events.size(), null, events, version));
    }

    public ObjectNode tree(SaleEvent sale) {
        return json.valueToTree(sale);
    }

    public Answer push(PushBatch batch) {
        try {
            return pushRaw(json.writeValueAsBytes(batch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pushes {@code body} gzip-compressed, as the agent does. */
    public Answer pushRaw(byte[] body) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pushGzipped(buf.toByteArray());
    }

    public Answer pushGzipped(byte[] gzipped) {
        try {
            return post("/sync/push", gzipped, true, credential);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer post(String path, byte[] body, boolean gzip, String bearer) throws IOException {
        return post(path, body, gzip, bearer, "application/json");
    }

    /** An admin call with the owner's key. */
    public Answer admin(String path, byte[] body, String contentType) throws IOException {
        return post(path, body, false, "admin-secret", contentType);
    }

    public Answer post(String path, byte[] body, boolean gzip, String bearer, String contentType) throws IOException {
        Request.Builder b = new Request.Builder().url(central.url() + SyncProtocol.API + path)
                .post(RequestBody.create(body, MediaType.get(contentType)));
        if (gzip) {
            b.header("Content-Encoding", "gzip");
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try (Response res = http.newCall(b.build()).execute()) {
            String text = res.body().string();
            JsonNode node;
            try {
                node = text.isEmpty() ? null : json.readTree(text);
            } catch (IOException notJson) {
                node = null;
            }
            return new Answer(res.code(), node, text);
        }
    }

    public String credential() {
        return credential;
    }

    @Override
    public void close() {
        central.close();
    }
}
