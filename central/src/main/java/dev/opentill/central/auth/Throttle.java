package dev.opentill.central.auth;

import dev.opentill.central.error.CentralException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts per caller (e.g. per client address) in fixed windows: after
 * {@code limit} failures in a window, every attempt of that caller is refused until the window
 * ends, so guessing enrollment codes costs real time. Successes are not counted. Per instance.
 */
public final class Throttle {
    /** Callers tracked at most; past it, finished windows are dropped. */
    private static final int MAX_CALLERS = 10_000;

    private record Window(Instant start, int failures) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    public Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Refuses (THROTTLED) a caller that has failed too often in its current window. */
    public void check(String caller) {
        Window w = failures.get(caller);
        if (w != null && w.failures() >= limit && clock.instant().isBefore(w.start().plus(window))) {
            throw new CentralException(CentralException.Reason.THROTTLED,
                    "Too many failed attempts; try again in a minute");
        }
    }

    public void failed(String caller) {
        Instant now = clock.instant();
        if (failures.size() > MAX_CALLERS) {
            failures.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        failures.compute(caller, (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1)
                : new Window(w.start(), w.failures() + 1));
    }
}
