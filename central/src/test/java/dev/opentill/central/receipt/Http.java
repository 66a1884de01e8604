package dev.opentill.central.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opentill.central.CentralPlatform;
import dev.opentill.core.sync.SyncProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain HTTP calls on loopback for these tests: any method, any body, a bearer token. */
final class Http {
    private static final OkHttpClient CLIENT = new OkHttpClient();

    record Answer(int status, JsonNode body) {
    }

    private Http() {
    }

    static Answer call(CentralPlatform central, String method, String path, String token, String contentType,
            byte[] body) {
        Request.Builder b = new Request.Builder().url(central.url() + SyncProtocol.API + path)
                .header("Authorization", "Bearer " + token);
        b.method(method, body == null ? null : RequestBody.create(body, MediaType.get(contentType)));
        try (Response res = CLIENT.newCall(b.build()).execute()) {
            String text = res.body().string();
            return new Answer(res.code(), text.isEmpty() ? null : CentralPlatform.objectMapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
