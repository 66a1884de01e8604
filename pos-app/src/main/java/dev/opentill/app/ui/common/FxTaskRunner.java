package dev.opentill.app.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The JavaFX side of {@link TaskRunner}: one background worker thread, so till actions reach the
 * store in the order the cashier made them, and results delivered with {@code Platform.runLater}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "till-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailed.accept(e));
            }
        });
    }

    @Override
    public void ui(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
