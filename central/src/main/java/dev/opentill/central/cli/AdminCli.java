package dev.opentill.central.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opentill.core.sync.SyncProtocol;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The centre's admin command line for the common steps of opening a store, over the admin API:
 * {@code central-admin [--url URL] [--token TOKEN] store NEW-CODE NAME | terminal STORE NEW-CODE |
 * enroll-code STORE TERMINAL [HOURS]}. The token comes from {@code --token}, else
 * {@code OPENTILL_ADMIN_TOKEN}, else the owner-key file under {@code OPENTILL_DATA}. An enrollment
 * code is printed with its QR code, for the till's scanner. Exit: 0 done, 1 refused by the centre,
 * 2 usage, 4 centre unreachable.
 */
public final class AdminCli {
    static final String USAGE = String.join("\n",
            "usage: central-admin [--url URL] [--token TOKEN] <command>",
            "  store CODE NAME                  create a store",
            "  terminal STORE CODE              create a terminal (till) of a store",
            "  enroll-code STORE TERMINAL [H]   a one-time enrollment code, valid H hours (default 24), with its QR",
            "URL defaults to OPENTILL_URL or http://127.0.0.1:8080; TOKEN to OPENTILL_ADMIN_TOKEN or the",
            "owner-key file in OPENTILL_DATA (default central-data).");

    private final PrintStream out;
    private final String url;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    AdminCli(PrintStream out, String url, String token) {
        this.out = out;
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = token;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        String url = env.getOrDefault("OPENTILL_URL", "http://127.0.0.1:8080");
        String token = env.get("OPENTILL_ADMIN_TOKEN");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--url") || args[i].equals("--token")) && i + 1 < args.length) {
                if (args[i].equals("--url")) {
                    url = args[++i];
                } else {
                    token = args[++i];
                }
            } else {
                rest.add(args[i]);
            }
        }
        if (token == null || token.isBlank()) {
            Path key = Path.of(env.getOrDefault("OPENTILL_DATA", "central-data"), "owner-key");
            try {
                token = Files.readString(key, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                out.println("No admin token: give --token, set OPENTILL_ADMIN_TOKEN, or run where " + key
                        + " can be read.");
                return 2;
            }
        }
        return new AdminCli(out, url, token).command(rest);
    }

    int command(List<String> a) {
        try {
            if (a.size() == 3 && a.get(0).equals("store")) {
                ObjectNode body = json.createObjectNode().put("code", a.get(1)).put("name", a.get(2));
                JsonNode r = post("/admin/stores", body);
                out.println("Store " + r.path("code").asText(a.get(1)) + " created.");
                return 0;
            }
            if (a.size() == 3 && a.get(0).equals("terminal")) {
                post("/admin/stores/" + enc(a.get(1)) + "/terminals", json.createObjectNode().put("code", a.get(2)));
                out.println("Terminal " + a.get(2) + " of store " + a.get(1) + " created.");
                return 0;
            }
            if ((a.size() == 3 || a.size() == 4) && a.get(0).equals("enroll-code")) {
                String hours = a.size() == 4 ? a.get(3) : "24";
                JsonNode r = post("/admin/stores/" + enc(a.get(1)) + "/terminals/" + enc(a.get(2))
                        + "/enrollment-codes?validHours=" + enc(hours), json.createObjectNode());
                out.println("Enrollment code for terminal " + r.path("terminalCode").asText() + " of store "
                        + r.path("storeCode").asText() + ": " + r.path("code").asText());
                out.println("Valid until " + r.path("expiresAt").asText() + "; it works once.");
                out.println("On the till: installer setup --central " + r.path("url").asText() + " --code "
                        + r.path("code").asText() + "   or scan:");
                out.print(QrText.render(r.path("qr").asText()));
                out.println(r.path("qr").asText());
                return 0;
            }
            out.println(USAGE);
            return 2;
        } catch (Refused e) {
            out.println("Refused by the centre (HTTP " + e.status + "): " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("Cannot reach the centre at " + url + ": " + e.getMessage()
                    + ". Is it running, and is the URL right?");
            return 4;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 4;
        }
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + SyncProtocol.API + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode answer;
        try {
            answer = res.body().length == 0 ? json.createObjectNode() : json.readTree(res.body());
        } catch (IOException e) {
            answer = json.createObjectNode();
        }
        if (res.statusCode() / 100 != 2) {
            String message = answer.path("message").asText(answer.path("error").asText("no details"));
            throw new Refused(res.statusCode(), message);
        }
        return answer;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
