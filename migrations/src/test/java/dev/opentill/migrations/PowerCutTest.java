package dev.opentill.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.migrations.CutDisk.Journal;
import dev.opentill.migrations.CutDisk.Mark;
import dev.opentill.migrations.CutDisk.Op;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cuts at random points of a recorded store history: the disk keeps everything up to the
 * last fsync and a random subset of the writes and truncates after it, in a random order (see
 * {@link DiskAfterCut}). The real {@link TillStore} must then open the file with every sale that
 * was reported (fsynced) before the cut, whole. Seeded: {@code -Dpowercut.seed=N}, {@code -Dpowercut.cuts=N},
 * {@code -Dpowercut.torn=true} (writes torn into 4 KiB blocks). A failing test leaves the history
 * and the images that lost something in {@code target/powercut/<test>/}.
 */
class PowerCutTest {
    private static final int CUTS = Integer.getInteger("powercut.cuts", 40);
    private static final long SEED = Long.getLong("powercut.seed", 17L);
    private static final boolean TORN = Boolean.getBoolean("powercut.torn");
    /** H2's statement that stops the database without writing anything more: a process crash. */
    private static final String SHUTDOWN_IMMEDIATELY = "SHUTDOWN IMMEDIATELY";
    private static final String SALE = "sale ";
    private static final String FROM = "window from";
    private static final String TO = "window to";

    /** Where the history and the images of the cuts that lost something are kept. */
    private static final Path KEPT = Path.of("target", "powercut");

    @TempDir
    Path dir;
    private String test;

    @BeforeEach
    void name(TestInfo info) {
        test = info.getTestMethod().orElseThrow().getName();
    }

    private final Journal journal = new Journal();
    private int sales;

    @Test
    void aCutWhileTheTillTradesLosesNoReportedSale() throws Exception {
        TillStore store = open();
        trade(store, 1000);
        journal.mark(FROM);
        idle(store, 2500);
        trade(store, 500);
        idle(store, 2500);
        journal.mark(TO);
        store.close();

        assertThat(cuts()).isEmpty();
    }

    @Test
    void aCutWhileTheTillStartsAfterACrashLosesNoReportedSale() throws Exception {
        TillStore store = open();
        trade(store, 1000);
        idle(store, 2500);
        crash(store);
        journal.mark(FROM);
        store = open();
        idle(store, 1500);
        trade(store, 300);
        journal.mark(TO);
        store.close();

        assertThat(cuts()).isEmpty();
    }

    @Test
    void aCutWhileTheStoreClosesLosesNoReportedSale() throws Exception {
        TillStore store = open();
        trade(store, 1000);
        idle(store, 2500);
        journal.mark(FROM);
        store.close();
        store = open();
        idle(store, 1500);
        trade(store, 300);
        journal.mark(TO);
        store.close();

        assertThat(cuts()).isEmpty();
    }

    @Test
    void aCutDuringCompactionLosesNoReportedSale() throws Exception {
        TillStore store = open();
        trade(store, 1000);
        idle(store, 1500);
        SaleRows.prune(store);
        journal.mark(FROM);
        compact(store);
        idle(store, 1500);
        trade(store, 300);
        idle(store, 500);
        compact(store);
        idle(store, 1500);
        journal.mark(TO);
        store.close();

        assertThat(cuts()).isEmpty();
    }

    private TillStore open() {
        return TillStore.openThrough(dir.resolve("till"), CutDisk.record(journal), TillStore.MIGRATIONS);
    }

    /** A till at work for about {@code millis}: sales, acknowledgements and settings, with H2's background writer running. */
    private void trade(TillStore store, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        for (int n = 0; n < millis / 40 || System.nanoTime() < end; n++) {
            sales++;
            journal.mark(SALE + SaleRows.complete(store, sales));
            if (sales % 5 == 0) {
                SaleRows.acknowledgeAll(store);
            }
            Thread.sleep(sales % 7);
        }
    }

    /**
     * A till between customers: the sync agent commits acknowledgements and feed pages (here
     * settings of ~3 KB) without fsync, and H2's background writer stores them.
     */
    private void idle(TillStore store, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        for (int n = 0; System.nanoTime() < end; n++) {
            SaleRows.scribble(store, n);
            SaleRows.acknowledgeAll(store);
            Thread.sleep(20);
        }
    }

    /** Stops the database without another write, as a killed process would; the page cache keeps what it wrote. */
    private static void crash(TillStore store) {
        try {
            store.dsl().execute(SHUTDOWN_IMMEDIATELY);
        } catch (DataAccessException expected) {
            // the statement closes the connection it runs on
        }
        store.close();
    }

    /** What compaction at idle would do: H2's own file compaction (rewrite, move chunks, shrink). */
    private static void compact(TillStore store) throws Exception {
        try (Connection c = store.dataSource().getConnection()) {
            ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore()
                    .compactFile(200);
        }
    }

    /**
     * Cuts the recorded history after every operation of the window, each time keeping a random
     * subset of the unforced operations (as many subsets per point as the cut budget allows);
     * returns one line per cut that lost something.
     */
    private List<String> cuts() throws Exception {
        List<Op> ops = journal.ops();
        int from = indexOf(ops, FROM);
        int to = indexOf(ops, TO);
        DiskAfterCut disk = new DiskAfterCut(ops);
        Random random = new Random(SEED);
        int perPoint = Math.max(1, CUTS / (to - from));
        Set<String> seen = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (int cut = from + 1; cut <= to; cut++) {
            Set<UUID> reported = reportedBefore(ops, cut);
            for (int i = 0; i < perPoint; i++) {
                double keep = random.nextDouble();
                byte[] image = disk.image(cut, random, keep, TORN);
                if (!seen.add(Arrays.hashCode(image) + "/" + image.length + "/" + reported.size())) {
                    continue;
                }
                Path base = dir.resolve("cut" + opened++).resolve("till");
                DiskAfterCut.writeTo(base.resolveSibling("till.mv.db"), image);
                String where = "cut at op " + cut + " keeping " + Math.round(keep * 100) + "%: ";
                Path copy = KEPT.resolve(test).resolve("cut-" + cut + "-" + i + ".mv.db");
                Files.createDirectories(copy.getParent());
                Files.copy(base.resolveSibling("till.mv.db"), copy, StandardCopyOption.REPLACE_EXISTING);
                try (TillStore reopened = TillStore.open(base)) {
                    List<String> problems = SaleRows.problems(reopened, reported);
                    if (!problems.isEmpty()) {
                        failures.add(where + problems);
                    }
                } catch (RuntimeException e) {
                    failures.add(where + "does not open: " + e);
                }
                if (failures.isEmpty() || !failures.get(failures.size() - 1).startsWith(where)) {
                    Files.delete(copy);
                }
            }
        }
        if (!failures.isEmpty()) {
            Files.write(KEPT.resolve(test).resolve("history.txt"), history(ops));
        }
        System.out.printf("%d sales, %d ops, window %d..%d, %d distinct cuts opened, %d lost something%n", sales,
                ops.size(),
                from, to, opened, failures.size());
        return failures;
    }

    /** One line per operation: a write as its first block, blocks and first bytes (a chunk starts "chunk:"). */
    private static List<String> history(List<Op> ops) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            String text = ops.get(i).toString();
            if (ops.get(i) instanceof CutDisk.Write w) {
                text = "write block " + w.position() / DiskAfterCut.BLOCK + " +"
                        + (w.data().length + DiskAfterCut.BLOCK - 1)
                                / DiskAfterCut.BLOCK
                        + " " + new String(w.data(), 0, Math.min(w.data().length, 60), StandardCharsets.ISO_8859_1);
            }
            lines.add(i + " " + text.replace('\n', ' '));
        }
        return lines;
    }

    private static int indexOf(List<Op> ops, String label) {
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof Mark m && m.label().equals(label)) {
                return i;
            }
        }
        throw new IllegalStateException("no mark " + label);
    }

    private static Set<UUID> reportedBefore(List<Op> ops, int cut) {
        Set<UUID> reported = new HashSet<>();
        for (int i = 0; i < cut; i++) {
            if (ops.get(i) instanceof Mark m && m.label().startsWith(SALE)) {
                reported.add(UUID.fromString(m.label().substring(SALE.length())));
            }
        }
        return reported;
    }
}
