package dev.opentill.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** An HTTP relay on loopback between a till and the centre that keeps every request body as sent (ungzipped). */
final class RecordingRelay implements AutoCloseable {
    private final HttpServer server;
    private final String target;
    private final OkHttpClient http = new OkHttpClient();
    final List<String> bodies = new CopyOnWriteArrayList<>();

    RecordingRelay(String target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::relay);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void relay(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String encoding = ex.getRequestHeaders().getFirst("Content-Encoding");
        if (body.length > 0) {
            byte[] plain = encoding != null && encoding.contains("gzip")
                    ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes()
                    : body;
            bodies.add(new String(plain, StandardCharsets.UTF_8));
        }
        Request.Builder b = new Request.Builder().url(target + ex.getRequestURI());
        ex.getRequestHeaders().forEach((k, v) -> {
            if (k.equalsIgnoreCase("Authorization") || k.equalsIgnoreCase("Content-Encoding")) {
                b.header(k, v.get(0));
            }
        });
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        b.method(ex.getRequestMethod(), ex.getRequestMethod().equals("GET")
                ? null
                : RequestBody.create(body, MediaType.get(type == null ? "application/json" : type)));
        try (Response res = http.newCall(b.build()).execute()) {
            byte[] answer = res.body().bytes();
            String ct = res.header("Content-Type");
            if (ct != null) {
                ex.getResponseHeaders().add("Content-Type", ct);
            }
            ex.sendResponseHeaders(res.code(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        http.dispatcher().executorService().shutdown();
    }
}
