package dev.opentill.app.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread: for view-model tests and benchmarks. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public void ui(Runnable action) {
        action.run();
    }
}
