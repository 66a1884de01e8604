package dev.opentill.installer;

import dev.opentill.central.CentralMain;
import dev.opentill.central.cli.AdminCli;
import dev.opentill.core.sync.EnrollmentQr;
import dev.opentill.core.sync.SyncProtocol;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A central platform started as its own process ({@code CentralMain}, embedded store, port 0) whose
 * URL is read from what it prints at start; enrollment codes come from its admin command line.
 */
public final class CentralProcess implements AutoCloseable {
    static final String TOKEN = "test-owner-token";
    public static final String MANAGER_PIN = "86420";
    private final Process process;
    public final String url;

    public CentralProcess(Path data) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CentralMain.class.getName())
                .redirectErrorStream(true);
        pb.environment().putAll(Map.of("OPENTILL_PORT", "0", "OPENTILL_DATA", data.toString(),
                "OPENTILL_ADMIN_TOKEN", TOKEN));
        process = pb.start();
        CompletableFuture<String> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("Tills enroll at:")) {
                        started.complete(line.substring(line.indexOf("http")).split(" ")[0]);
                    }
                }
                started.completeExceptionally(new IOException("The centre ended before it said where it is"));
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
        }, "central-output");
        reader.setDaemon(true);
        reader.start();
        try {
            url = started.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** A fresh one-time code for {@code terminal} of {@code store}, made with the centre's admin command line. */
    public String enrollmentCode(String store, String terminal) {
        return EnrollmentQr.parse(enrollmentQr(store, terminal)).code();
    }

    /** The payload of the QR code the admin command line draws for a fresh code; the store gets a manager. */
    String enrollmentQr(String store, String terminal) {
        String qr = enrollmentQrWithoutManager(store, terminal);
        manager(store);
        return qr;
    }

    /** As {@link #enrollmentQr}, for a store nobody manages yet. */
    public String enrollmentQrWithoutManager(String store, String terminal) {
        admin("store", store, "Store " + store);
        admin("terminal", store, terminal);
        List<String> lines = admin("enroll-code", store, terminal).lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** The login code of {@code store}'s manager (PIN {@value #MANAGER_PIN}, temporary), created once at the centre. */
    String manager(String store) {
        return manager(store, true);
    }

    /** As {@link #manager(String)}, with a PIN that is {@code temporary} (changed at the first login) or not. */
    public String manager(String store, boolean temporary) {
        String code = "9" + store.replaceAll("[^0-9]", "");
        post("/admin/staff", "{\"code\":\"" + code + "\",\"name\":\"Manager " + store + "\",\"role\":\"manager\","
                + "\"stores\":[\"" + store + "\"],\"pin\":\"" + MANAGER_PIN + "\",\"temporaryPin\":" + temporary + "}",
                201, 409);
        return code;
    }

    /** One product with one barcode in the chain's catalog (13 % VAT), sold at every store. */
    public void product(String sku, String nameZh, String nameEn, long priceMinor, String barcode) {
        post("/admin/tax-classes", "[{\"code\":\"VAT13\",\"nameZh\":\"增值税\",\"nameEn\":\"VAT\",\"rateBp\":1300}]",
                200);
        post("/admin/products", "[{\"sku\":\"" + sku + "\",\"nameZh\":\"" + nameZh + "\",\"nameEn\":\"" + nameEn
                + "\",\"taxClassCode\":\"VAT13\",\"basePriceMinor\":" + priceMinor + ",\"barcodes\":[\"" + barcode
                + "\"]}]", 200);
    }

    private void post(String path, String json, int... accepted) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + SyncProtocol.API + path)).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (Arrays.stream(accepted).noneMatch(c -> c == r.statusCode())) {
                throw new IllegalStateException("The centre refused " + path + ": " + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String admin(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdminCli.run(args, Map.of("OPENTILL_URL", url, "OPENTILL_ADMIN_TOKEN", TOKEN),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
