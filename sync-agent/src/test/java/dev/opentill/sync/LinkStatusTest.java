package dev.opentill.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.sync.SaleEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.TransactionListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the till shows about the link while the network misbehaves, through a fault proxy between
 * a real till store and a real centre: counts as sales commit, an unsure link while a request
 * hangs, till-sized timeouts, a fast drain when the centre is back, and a status that never lags
 * the acknowledgements it reflects.
 */
class LinkStatusTest {
    @TempDir
    static Path centralDir;
    private static CentralFixture central;
    private static List<UUID> products;

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.startEmbedded(centralDir);
        central.seedTaxAndCategory();
        products = central.products("LINK", 3);
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    @Test
    void salesAreCountedPendingAsTheyCommitWhileAPushHangs(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url());
                SyncAgent agent = SyncAgent.create(till.store(), hangingPushGivesUpIn3s())) {
            agent.start();
            within(Duration.ofSeconds(30), () -> agent.status().online());
            proxy.blackHole(true);

            for (int i = 0; i < 3; i++) {
                till.sell(products.subList(0, 1), null);
                agent.nudge();
            }

            within(Duration.ofSeconds(2), () -> agent.status().pendingCount() == 3);
            proxy.blackHole(false);
        }
    }

    @Test
    void aRequestWaitingLongerThanAFewSecondsMarksTheLinkUnsure(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url());
                SyncAgent agent = SyncAgent.create(till.store(),
                        hangingPushGivesUpIn3s().withUnsureAfter(Duration.ofMillis(500)))) {
            agent.start();
            within(Duration.ofSeconds(30), () -> agent.status().online());
            proxy.blackHole(true);

            till.sell(products.subList(0, 1), null);
            agent.nudge();

            within(Duration.ofSeconds(3), () -> !agent.status().online());
            SyncStatus hanging = agent.status();
            assertThat(hanging.unsure()).isTrue();
            assertThat(hanging.lastError().kind()).isEqualTo(SyncError.Kind.SLOW);
            proxy.blackHole(false);
        }
    }

    @Test
    void aPushToACentreThatNeverAnswersGivesUpWithinAFewSeconds(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url());
                SyncAgent agent = SyncAgent.create(till.store(), SyncConfig.defaults())) {
            till.sell(products.subList(0, 1), null);
            proxy.blackHole(true);

            long start = System.nanoTime();
            SyncStatus status = agent.syncNow();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(status.lastError().kind()).isEqualTo(SyncError.Kind.UNREACHABLE);
            assertThat(took).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void anOfflineTillDrainsSoonAfterTheCentreAnswersAgain(@TempDir Path dir) throws Exception {
        SyncConfig slowBackoff = TillFixture.testConfig().withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1))
                .withProbeInterval(Duration.ofMillis(200));
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url());
                SyncAgent agent = SyncAgent.create(till.store(), slowBackoff)) {
            proxy.down(true);
            till.sell(products.subList(0, 1), null);
            agent.start();
            within(Duration.ofSeconds(30), () -> agent.status().lastError() != null);

            proxy.down(false);

            within(Duration.ofSeconds(3), () -> till.pending() == 0);
            assertThat(agent.status().lastError()).isNull();
        }
    }

    @Test
    void aNewSaleEndsTheBackoffAndIsPushedAtOnce(@TempDir Path dir) throws Exception {
        SyncConfig slowRetries = TillFixture.testConfig().withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1))
                .withProbeInterval(Duration.ofMinutes(1));
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url());
                SyncAgent agent = SyncAgent.create(till.store(), slowRetries)) {
            proxy.down(true);
            till.sell(products.subList(0, 1), null);
            agent.start();
            within(Duration.ofSeconds(30), () -> agent.status().lastError() != null);
            proxy.down(false);

            till.sell(products.subList(1, 2), null);
            agent.nudge();

            within(Duration.ofSeconds(3), () -> till.pending() == 0);
        }
    }

    /**
     * Right after the transaction that marks a sale acknowledged commits, both the agent's status
     * and what its listeners were told already show it: online, nothing pending.
     */
    @Test
    void theStatusSeenWhenAnAcknowledgementCommitsAlreadyReflectsIt(@TempDir Path dir) {
        try (TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", central.url())) {
            till.sell(products.subList(0, 2), null);
            AtomicReference<SyncStatus> heard = new AtomicReference<>(SyncStatus.initial());
            AtomicReference<SyncAgent> agentRef = new AtomicReference<>();
            List<String> inconsistent = new CopyOnWriteArrayList<>();
            TransactionListener afterCommit = TransactionListener.onCommitEnd(ctx -> {
                if (till.pending() == 0) {
                    SyncStatus status = agentRef.get().status();
                    SyncStatus told = heard.get();
                    if (!status.online() || status.pendingCount() != 0 || !told.online() || told.pendingCount() != 0) {
                        inconsistent.add("status " + status + ", listeners told " + told);
                    }
                }
            });
            DSLContext watched = DSL.using(till.dsl().configuration().deriveAppending(afterCommit));
            try (SyncAgent agent = new SyncAgent(watched, TillFixture.testConfig())) {
                agentRef.set(agent);
                agent.addListener(heard::set);

                SyncStatus done = agent.syncNow();

                assertThat(done.pendingCount()).isZero();
                assertThat(inconsistent).isEmpty();
            }
        }
    }

    private static SyncConfig hangingPushGivesUpIn3s() {
        return TillFixture.testConfig().withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3),
                Duration.ofSeconds(20));
    }

    private static void within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            Thread.sleep(10);
        }
    }
}
