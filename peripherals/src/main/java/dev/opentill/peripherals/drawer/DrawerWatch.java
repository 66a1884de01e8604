package dev.opentill.peripherals.drawer;

import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Threads;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What a drawer's sensor last said, and the alarm when it stays open: DRAWER_OPEN while open,
 * DRAWER_LEFT_OPEN after {@code leftOpenAfter}, both gone when it shuts. Shared by a drawer read
 * through the printer and one with its own port.
 */
final class DrawerWatch {
    private static final ScheduledExecutorService TIMER = Executors
            .newSingleThreadScheduledExecutor(Threads.daemon("opentill-drawer-timer"));

    private final StatusHub hub;
    private final Duration leftOpenAfter;
    private volatile DrawerState state = DrawerState.UNKNOWN;
    private volatile boolean leftOpen;
    private volatile ScheduledFuture<?> leftOpenTimer;

    DrawerWatch(StatusHub hub, Duration leftOpenAfter) {
        this.hub = hub;
        this.leftOpenAfter = leftOpenAfter;
    }

    DrawerState state() {
        return state;
    }

    /** The sensor reads {@code next} (OPEN or CLOSED): publish, and start or stop the left-open alarm. */
    synchronized void seen(DrawerState next) {
        if (next != state) {
            state = next;
            leftOpen = false;
            cancelTimer();
            if (next == DrawerState.OPEN) {
                leftOpenTimer = TIMER.schedule(this::leftOpen, leftOpenAfter.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        publish();
    }

    private synchronized void leftOpen() {
        if (state == DrawerState.OPEN) {
            leftOpen = true;
            publish();
        }
    }

    private void publish() {
        EnumSet<Condition> c = EnumSet.noneOf(Condition.class);
        if (state == DrawerState.OPEN) {
            c.add(Condition.DRAWER_OPEN);
        }
        if (leftOpen) {
            c.add(Condition.DRAWER_LEFT_OPEN);
        }
        hub.online(c);
    }

    void close() {
        cancelTimer();
    }

    private void cancelTimer() {
        ScheduledFuture<?> t = leftOpenTimer;
        if (t != null) {
            t.cancel(false);
        }
    }
}
