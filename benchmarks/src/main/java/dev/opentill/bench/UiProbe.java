package dev.opentill.bench;

import dev.opentill.app.TillComposition;
import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.TillOptions;
import dev.opentill.demo.DemoCatalog;
import dev.opentill.app.ui.login.LoginViewModel;
import dev.opentill.app.ui.shell.MainWindow;
import dev.opentill.app.ui.shell.TillApplication;
import dev.opentill.app.ui.shell.TillSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import dev.opentill.app.ui.common.Screen;

/**
 * Child JVM of {@link UiBenchmark}: opens the till the way the Launcher does, reports when the
 * login screen is first laid out, signs in and times scans until their line is laid out.
 */
public final class UiProbe {
    private static final int SCANS = Integer.getInteger("bench.ui.scans", 400);
    private static final int LINES_PER_TICKET = 25;
    /** "_xvfb" when the probe runs in a real X window (Xvfb) rather than headless Monocle. */
    private static final String WINDOW = System.getProperty("bench.ui.window", "");
    private static volatile TillComposition composition;
    private static volatile MainWindow window;
    private static final CountDownLatch SHOWN = new CountDownLatch(1);

    private UiProbe() {
    }

    /** The till application with a hook after its first layout pulse. */
    public static final class ProbeApp extends TillApplication {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            composition = (TillComposition) composition();
            window = window();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                Figures.print("start_to_login" + WINDOW + "_ms", ms, "ms");
                window.scene().removePostLayoutPulseListener(once[0]);
                SHOWN.countDown();
            };
            window.scene().addPostLayoutPulseListener(once[0]);
        }
    }

    public static void main(String[] args) throws Exception {
        // As the Launcher does: open the till while the FX toolkit starts.
        TillOptions options = new TillOptions(Path.of(args[0]), Locale.ENGLISH);
        TillApplication.prepare(() -> new TillComposition(options, new FxTaskRunner(), null, null));
        Thread fx = new Thread(() -> Application.launch(ProbeApp.class), "launcher");
        fx.setDaemon(true);
        fx.start();
        if (!SHOWN.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("login screen not shown within 60 s");
        }
        List<String> codes = TillScenario.sampleBarcodes(composition.store.dsl(), SCANS);
        signIn();
        long[] samples = new long[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            if (i % LINES_PER_TICKET == 0) {
                onFx(() -> session().sale.cancelCommand().execute());
                awaitLayout(() -> session().sale.lines().isEmpty());
            }
            int expected = i % LINES_PER_TICKET + 1;
            String code = codes.get(i);
            long t0 = System.nanoTime();
            Platform.runLater(() -> window.shell().scanned(code));
            awaitLayout(() -> session().sale.lines().size() == expected);
            samples[i] = System.nanoTime() - t0;
        }
        Figures.print("scan_to_screen_p50" + WINDOW + "_ms", Figures.percentileMs(samples, 50), "ms");
        Figures.print("scan_to_screen_p99" + WINDOW + "_ms", Figures.percentileMs(samples, 99), "ms");
        if (Boolean.getBoolean("bench.ui.trace")) {
            for (int i = 0; i < samples.length; i++) {
                System.err.printf(Locale.ROOT, "scan %d line %d %.1f ms%n", i, i % LINES_PER_TICKET + 1,
                        samples[i] / 1e6);
            }
        }
        // The same scans straight into the TillService (lookup, durable save of the ticket), without the UI:
        // what of the figure above is the store's and what is the screen's.
        long[] service = new long[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            if (i % LINES_PER_TICKET == 0) {
                composition.till.selling().cancel(null);
            }
            long t0 = System.nanoTime();
            composition.till.selling().scan(codes.get(i));
            service[i] = System.nanoTime() - t0;
        }
        Figures.print("scan_service_only_p50_ms", Figures.percentileMs(service, 50), "ms");
        Figures.print("scan_service_only_p99_ms", Figures.percentileMs(service, 99), "ms");
        composition.close();
        System.exit(0);
    }

    private static TillSession session() {
        return window.shell().sessionProperty().get();
    }

    /** Signs in the demo manager (who may cancel tickets between rounds) through the login view-model. */
    private static void signIn() throws Exception {
        onFx(() -> {
            LoginViewModel login = window.shell().loginProperty().get();
            DemoCatalog.MANAGER.loginCode().chars().forEach(c -> login.digit((char) c));
            login.submitCommand().execute();
            DemoCatalog.MANAGER.pin().chars().forEach(c -> login.digit((char) c));
            login.submitCommand().execute();
        });
        awaitLayout(() -> session() != null && window.shell().screenProperty().get() == Screen.SALE);
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            r.run();
            done.countDown();
        });
        done.await();
    }

    /** Waits for the first layout pulse after which {@code condition} holds (checked on the FX thread). */
    private static void awaitLayout(BooleanSupplier condition) throws InterruptedException {
        CountDownLatch met = new CountDownLatch(1);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (condition.getAsBoolean()) {
                window.scene().removePostLayoutPulseListener(listener[0]);
                met.countDown();
            } else {
                Platform.requestNextPulse();
            }
        };
        Platform.runLater(() -> {
            window.scene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!met.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("condition not met within 30 s");
        }
    }
}
