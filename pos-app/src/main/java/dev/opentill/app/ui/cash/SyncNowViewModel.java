package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.status.SyncNow;
import dev.opentill.app.ui.status.SyncState;
import dev.opentill.core.cash.OfflineReview;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Sync now" in the close's offline review: pushes what waits and pulls the feed, shows the count
 * still waiting as it goes down, then reads the review again and says what it found. It says
 * "done" only when the review itself has no sale and no rejected event left; anything else is
 * named with its count (and the sync's error, if it failed).
 */
public final class SyncNowViewModel {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<UiText> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final boolean available;
    private final Command command;

    /** Where the sync ended and the review read after it. */
    private record Outcome(SyncState state, OfflineReview review) {
    }

    /**
     * {@code sync} may be null (no centre: the key is not offered); {@code review} reads the review
     * again after the sync and {@code reviewed} shows it.
     */
    SyncNowViewModel(TaskRunner runner, SyncNow sync, Callable<OfflineReview> review,
            Consumer<OfflineReview> reviewed) {
        this.available = sync != null;
        this.command = new Command(running.not().and(new ReadOnlyBooleanWrapper(available)), () -> {
            running.set(true);
            progress.set(UiText.of("cash.sync.started"));
            runner.run(() -> {
                SyncState end = sync.run(s -> runner.ui(() -> {
                    if (running.get()) {
                        progress.set(UiText.of("cash.sync.progress", s.pending()));
                    }
                }));
                return new Outcome(end, review.call());
            }, o -> {
                running.set(false);
                reviewed.accept(o.review());
                progress.set(result(o));
            }, f -> {
                running.set(false);
                progress.set(UiText.of("cash.sync.error", String.valueOf(f.getMessage())));
            });
        });
    }

    private static UiText result(Outcome o) {
        int pending = o.review().pending().size();
        int rejected = o.review().rejected().size();
        if (pending == 0 && rejected == 0) {
            return UiText.of("cash.sync.done");
        }
        if (o.state().lastError() != null) {
            return UiText.of("cash.sync.failed", pending, rejected, o.state().lastError());
        }
        return UiText.of("cash.sync.left", pending, rejected);
    }

    /** Forgets the last outcome (a new close starts). */
    void reset() {
        if (!running.get()) {
            progress.set(null);
        }
    }

    /** False on a till with no centre to sync with: the view shows no key. */
    public boolean available() {
        return available;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the sync is doing or how it ended; null before it first runs. */
    public ReadOnlyObjectProperty<UiText> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public Command command() {
        return command;
    }
}
