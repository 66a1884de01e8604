package dev.opentill.sync.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.sync.SyncProtocol;
import dev.opentill.core.sync.SyncProtocol.EnrollRequest;
import dev.opentill.core.sync.SyncProtocol.EnrollResponse;
import dev.opentill.core.sync.SyncProtocol.ErrorBody;
import dev.opentill.core.sync.SyncProtocol.Ping;
import dev.opentill.core.sync.SyncProtocol.PushResponse;
import dev.opentill.sync.SyncError;
import dev.opentill.sync.SyncError.Kind;
import dev.opentill.sync.SyncException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * HTTP calls to the centre, mapping every failure to a {@link SyncError} the till can show. Only
 * {@code GET /ping} decides that an address is not a central platform: an answer that is cut,
 * truncated or unreadable from a URL whose ping is the centre's is a network interruption.
 */
public final class CentralClient {
    private static final MediaType JSON = MediaType.get("application/json");

    /** Thrown when the centre rejects events of a batch as malformed. */
    public static final class RejectedBatch extends SyncException {
        private static final long serialVersionUID = 1L;
        private final transient List<SyncProtocol.Rejected> rejected;

        public RejectedBatch(List<SyncProtocol.Rejected> rejected, String message) {
            super(new SyncError(Kind.EVENTS_REJECTED, String.valueOf(rejected.size())), null);
            this.rejected = rejected;
        }

        public List<SyncProtocol.Rejected> rejected() {
            return rejected;
        }
    }

    /** The centre refused a request for a reason of its protocol ({@code code}, such as a wallet refusal). */
    public static final class Refused extends SyncException {
        private static final long serialVersionUID = 1L;
        private final String code;

        public Refused(String code, String message) {
            super(new SyncError(Kind.SERVER_ERROR, "HTTP 409 " + message), null);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Reads a streamed response body. */
    public interface BodyReader<T> {
        T read(InputStream in) throws IOException;
    }

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final String credential;

    public CentralClient(OkHttpClient http, ObjectMapper mapper, String baseUrl, String credential) {
        this.http = http;
        this.mapper = mapper;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.credential = credential;
    }

    /**
     * OkHttp may retry a request on a pooled connection the server had already closed: safe here,
     * because every call is idempotent (pushes are keyed by event id, pulls by cursor).
     */
    public static OkHttpClient httpClient(Duration timeout) {
        return httpClient(Duration.ofSeconds(10), timeout);
    }

    public static OkHttpClient httpClient(Duration connectTimeout, Duration timeout) {
        return new OkHttpClient.Builder().connectTimeout(connectTimeout).readTimeout(timeout)
                .writeTimeout(timeout).callTimeout(Duration.ZERO).retryOnConnectionFailure(true).build();
    }

    /** Pings the URL: true if an OpenTill centre answers, false if something else does; throws if nothing does. */
    public boolean ping() {
        try {
            return isCentral();
        } catch (IOException e) {
            throw new SyncException(new SyncError(Kind.UNREACHABLE, baseUrl + ": " + e.getMessage()), e);
        }
    }

    public EnrollResponse enroll(String code, String deviceName) {
        byte[] body = write(new EnrollRequest(code, deviceName));
        Request req = new Request.Builder().url(url("/enroll", null)).post(RequestBody.create(body, JSON)).build();
        try {
            return call(req, in -> mapper.readValue(in, EnrollResponse.class));
        } catch (SyncException e) {
            if (e.error().kind() == Kind.CREDENTIAL_REFUSED) {
                throw new SyncException(new SyncError(Kind.ENROLLMENT_REFUSED, code), e);
            }
            throw e;
        }
    }

    /** Sends a gzip-compressed batch. */
    public PushResponse push(byte[] gzippedJson) {
        Request req = new Request.Builder().url(url("/sync/push", null)).header("Authorization", "Bearer " + credential)
                .header("Content-Encoding", "gzip").post(RequestBody.create(gzippedJson, JSON)).build();
        return call(req, in -> mapper.readValue(in, PushResponse.class));
    }

    /**
     * Waits up to {@code waitMs} for the store's delivery orders after feed position {@code after};
     * true when there are some to pull (the push channel's long poll).
     */
    public boolean waitForOrders(long after, long waitMs) {
        HttpUrl u = url("/sync/wait", null).newBuilder().addQueryParameter("after", Long.toString(after))
                .addQueryParameter("wait", Long.toString(waitMs)).build();
        Request req = new Request.Builder().url(u).header("Authorization", "Bearer " + credential).get().build();
        return call(req, in -> mapper.readValue(in, SyncProtocol.WaitAnswer.class)).ring();
    }

    /** Reads one feed page; OkHttp asks for gzip and inflates it transparently. */
    public <T> T changes(String storeCode, long after, int limit, BodyReader<T> reader) {
        HttpUrl u = url("/sync/changes", null).newBuilder().addQueryParameter("store", storeCode)
                .addQueryParameter("after", Long.toString(after)).addQueryParameter("limit", Integer.toString(limit))
                .build();
        Request req = new Request.Builder().url(u).header("Authorization", "Bearer " + credential).get().build();
        return call(req, reader);
    }

    /** Posts {@code body} as JSON to {@code path} (under the API) with the till's credential. */
    public <T> T post(String path, Object body, Class<T> answer) {
        Request req = new Request.Builder().url(url(path, null)).header("Authorization", "Bearer " + credential)
                .post(RequestBody.create(write(body), JSON)).build();
        return call(req, in -> mapper.readValue(in, answer));
    }

    /** Reads {@code path} (under the API) with the till's credential. */
    public <T> T get(String path, Class<T> answer) {
        Request req = new Request.Builder().url(url(path, null)).header("Authorization", "Bearer " + credential)
                .get().build();
        return call(req, in -> mapper.readValue(in, answer));
    }

    private <T> T call(Request req, BodyReader<T> reader) {
        try (Response res = http.newCall(req).execute()) {
            if (res.isSuccessful()) {
                String type = res.header("Content-Type", "");
                if (!type.startsWith("application/json")) {
                    throw verdict("HTTP " + res.code() + " " + type, null);
                }
                try (InputStream in = res.body().byteStream()) {
                    return reader.read(in);
                } catch (JsonProcessingException e) {
                    throw cutShort(e) ? interrupted(e) : verdict(e.getOriginalMessage(), e);
                } catch (IOException e) {
                    throw interrupted(e);
                }
            }
            ErrorBody error = errorBody(res);
            if (error == null) {
                // Not our API's error format: a wrong host, port or path, or a proxy in between.
                throw res.code() >= 500
                        ? new SyncException(new SyncError(Kind.SERVER_ERROR, "HTTP " + res.code()), null)
                        : verdict("HTTP " + res.code(), null);
            }
            switch (res.code()) {
                case 401 -> throw new SyncException(new SyncError(Kind.CREDENTIAL_REFUSED, error.message()), null);
                case 403 -> throw new SyncException(new SyncError(Kind.FORBIDDEN, error.message()), null);
                case 400 -> {
                    if (error.rejected() != null && !error.rejected().isEmpty()) {
                        throw new RejectedBatch(error.rejected(), error.message());
                    }
                    throw new SyncException(new SyncError(Kind.SERVER_ERROR, "HTTP 400 " + error.message()), null);
                }
                case 404 -> throw verdict("HTTP 404 " + error.message(), null);
                case 409 -> throw new Refused(error.code(), error.message());
                default -> throw new SyncException(new SyncError(Kind.SERVER_ERROR,
                        "HTTP " + res.code() + " " + error.message()), null);
            }
        } catch (IOException e) {
            throw new SyncException(new SyncError(Kind.UNREACHABLE, baseUrl + ": " + e.getMessage()), e);
        }
    }

    /** The body ended early, or the connection broke while Jackson read it (it wraps that I/O error). */
    private static boolean cutShort(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException
                    || (t instanceof IOException && !(t instanceof JsonProcessingException))) {
                return true;
            }
        }
        return false;
    }

    private SyncException interrupted(IOException e) {
        return new SyncException(new SyncError(Kind.INTERRUPTED, baseUrl + ": " + e.getMessage()), e);
    }

    /** An answer the client cannot use: the ping says whether a centre is there at all. */
    private SyncException verdict(String what, Exception cause) {
        try {
            if (!isCentral()) {
                return new SyncException(new SyncError(Kind.WRONG_URL, baseUrl), cause);
            }
            return new SyncException(new SyncError(Kind.INTERRUPTED, baseUrl + ": " + what), cause);
        } catch (IOException e) {
            return interrupted(e);
        }
    }

    private boolean isCentral() throws IOException {
        Request req = new Request.Builder().url(url("/ping", null)).get().build();
        try (Response res = http.newCall(req).execute()) {
            if (!res.isSuccessful() || !res.header("Content-Type", "").startsWith("application/json")) {
                return false;
            }
            Ping ping = mapper.readValue(res.body().byteStream(), Ping.class);
            return ping != null && SyncProtocol.SERVICE.equals(ping.service());
        } catch (JsonProcessingException e) {
            if (cutShort(e)) {
                throw e;
            }
            return false;
        }
    }

    private ErrorBody errorBody(Response res) {
        try {
            ErrorBody b = mapper.readValue(res.body().byteStream(), ErrorBody.class);
            return b != null && b.code() != null ? b : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private HttpUrl url(String path, String ignored) {
        HttpUrl u = HttpUrl.parse(baseUrl + SyncProtocol.API + path);
        if (u == null) {
            throw new SyncException(new SyncError(Kind.WRONG_URL, baseUrl), null);
        }
        return u;
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
