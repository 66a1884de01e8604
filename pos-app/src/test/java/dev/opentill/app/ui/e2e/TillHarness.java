package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.SALE;

import dev.opentill.app.TillComposition;
import dev.opentill.app.TillOptions;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.shell.TillApplication;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import dev.opentill.migrations.TillStore;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real till for end-to-end tests: the store-backed TillService over a test store, simulated
 * devices and sync status, the real window under headless Monocle, driven by a TestFX robot.
 */
public final class TillHarness implements AutoCloseable {
    public final TillComposition till;
    public final SimulatedDevices devices;
    public final TillApplication app;
    public final FxRobot robot = new FxRobot();

    /** A till with in-memory simulated devices. */
    public TillHarness(Path dir, Locale locale) throws Exception {
        this(new TillOptions(dir, locale), new SimulatedDevices());
    }

    /** A till with the devices {@code options} name when {@code devices} is null. */
    public TillHarness(TillOptions options, SimulatedDevices devices) throws Exception {
        this(options, devices, TestStores::fill);
    }

    /** As above with a store seed of the test's own (e.g. the test store plus an enrollment). */
    public TillHarness(TillOptions options, SimulatedDevices devices, Consumer<TillStore> seed)
            throws Exception {
        FxToolkit.registerPrimaryStage();
        this.devices = devices;
        till = new TillComposition(options, new FxTaskRunner(), seed,
                devices == null ? null : devices.devices());
        app = (TillApplication) FxToolkit.setupApplication(() -> new TillApplication(till.parts));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void keys(KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void digits(String digits) {
        for (char c : digits.toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into the focused field, then presses Enter. */
    public void enterText(String text) {
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void signIn(String code, String pin) throws Exception {
        digits(code);
        keys(KeyCode.ENTER);
        digits(pin);
        keys(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#scanField").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#scanField").query().isFocused());
    }

    public void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public String text(String query) {
        Node n = robot.lookup(query).query();
        return ((Labeled) n).getText();
    }

    public int listSize(String query) {
        return robot.lookup(query).queryAs(ListView.class).getItems().size();
    }

    public boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    public int sales() {
        return till.store.dsl().fetchCount(SALE);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        till.close();
    }
}
