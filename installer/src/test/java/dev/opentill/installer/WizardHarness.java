package dev.opentill.installer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.SetupServices;
import dev.opentill.app.devices.PeripheralBench;
import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.ui.setup.SetupParts;
import dev.opentill.app.ui.setup.SetupWindow;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.discovery.DeviceDiscovery;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The setup wizard as the till shows it on a bare store, over the real setup service and the real
 * device bench (discovery limited to the test's virtual ports), under headless Monocle.
 */
final class WizardHarness implements AutoCloseable {
    static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    final TillStore store;
    final FxRobot robot = new FxRobot();
    final AtomicInteger finished = new AtomicInteger();
    private final FxTaskRunner runner = new FxTaskRunner();
    private final Stage stage;

    WizardHarness(Path data, List<String> ports) throws Exception {
        store = TillStore.open(data.resolve("till"));
        DeviceDiscovery.Settings discovery = DeviceDiscovery.Settings.defaults().onlyPorts(ports)
                .withByIdDir(data.resolve("no-by-id")).withDeviceFiles(Map.of());
        SetupParts parts = new SetupParts(SetupServices.open(store, Clock.systemUTC()), new PeripheralBench(discovery),
                runner, Locale.SIMPLIFIED_CHINESE);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new SetupWindow(parts, 1280, 900, finished::incrementAndGet).scene());
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a key of the wizard (a disabled one does nothing, as a tap would). */
    void click(String query) {
        ButtonBase key = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(key::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a field, as a keyboard or a keyboard-wedge scanner does. */
    void type(String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String query) {
        Node n = robot.lookup(query).query();
        return n instanceof TextInputControl t ? t.getText() : ((Labeled) n).getText();
    }

    /** Whether the node is shown: it and every parent visible, in a window. */
    boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null && n.getScene().getWindow() != null;
        }).orElse(false);
    }

    ListView<?> list(String query) {
        return robot.lookup(query).queryAs(ListView.class);
    }

    void select(String query, int index) {
        robot.interact(() -> list(query).getSelectionModel().select(index));
    }

    /** Writes the window as a PNG for the technician's guide. */
    void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        store.close();
    }
}
