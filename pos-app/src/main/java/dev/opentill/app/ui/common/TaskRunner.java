package dev.opentill.app.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one threading seam of the till UI: slow work (store, devices) runs off the UI thread, and its
 * result comes back on the UI thread. View-models never touch threads themselves; tests use
 * {@link DirectTaskRunner}, the application an FX adapter.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background, in submission order, then one of the callbacks on the UI thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed);

    /** Runs {@code action} on the UI thread (e.g. for events from devices or the sync agent). */
    void ui(Runnable action);
}
