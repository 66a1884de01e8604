package dev.opentill.sync.internal;

import dev.opentill.sync.SyncException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The till's end of the delivery push channel: a long poll ({@code GET /sync/wait}) that the centre
 * answers as soon as the store has a delivery-order change after the till's feed position, upon
 * which the agent pulls the feed at once. When the centre cannot be reached it waits a little and
 * asks again; the periodic pull stays the fallback either way.
 */
public final class DeliveryWaiter implements Runnable {
    /** How long the centre holds a wait open; below the pull client's read timeout. */
    public static final long WAIT_MS = 15_000;
    private static final long RETRY_MS = 3_000;

    private final Supplier<CentralClient> client;
    private final LongSupplier cursor;
    private final Runnable onRing;
    private volatile boolean stopped;

    public DeliveryWaiter(Supplier<CentralClient> client, LongSupplier cursor, Runnable onRing) {
        this.client = client;
        this.cursor = cursor;
        this.onRing = onRing;
    }

    @Override
    public void run() {
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                long at = cursor.getAsLong();
                if (client.get().waitForOrders(at, WAIT_MS)) {
                    onRing.run();
                    // Until the pull has moved the cursor, asking again would answer at once.
                    long until = System.nanoTime() + 5_000_000_000L;
                    while (cursor.getAsLong() == at && System.nanoTime() < until && !stopped) {
                        Thread.sleep(50);
                    }
                }
            } catch (SyncException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                pause();
            }
        }
    }

    public void stop() {
        stopped = true;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
