package dev.opentill.app.ui.cash;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.security.Approval;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.testing.TestClock;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.app.ui.ScriptedApprovals;
import dev.opentill.app.ui.cash.CashOfficeViewModel.Features;
import dev.opentill.app.ui.cash.CashOfficeViewModel.Panel;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.journal.ShiftReportLines;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.app.ui.status.SyncNow;
import dev.opentill.app.ui.status.SyncState;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.money.Money;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Sync now" in the close's review over a real till store: the sync is played by the test, which
 * acknowledges or rejects the store's outbox rows one by one as a centre would, so what the screen
 * says afterwards is read from the store, not from the sync's own word.
 */
class CloseSyncNowTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));
    private final ScriptedApprovals approvals = new ScriptedApprovals();
    private final List<UiText> said = new ArrayList<>();
    private TillStore store;
    private TillServices till;
    private CashOfficeViewModel vm;

    private void start(SyncNow sync) {
        store = TillFixture.newStore(dir);
        store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
        till = TillServices.open(store, TillConfig.load(store.dsl()), clock, ZONE, BarcodeParser.withDefaultLayouts(),
                true);
        till.authority().signIn(till.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        DirectTaskRunner runner = new DirectTaskRunner();
        Messages en = new Messages(Locale.ENGLISH);
        vm = new CashOfficeViewModel(runner,
                new Features(till.cash(), till.cash(), till.shifts(), sync, till.reports(), null),
                new ApprovalFlow(runner, approvals), new CashSlips(en, ZONE, "S0001-T01"),
                new SlipPrinter(runner, new SimulatedDevices(Runnable::run)), r -> ShiftReportLines.of(r, en, ZONE),
                clock, s -> {
                });
        approvals.answer = new Approval("8001", "8888");
        vm.close().sync().progressProperty().addListener((o, a, b) -> said.add(b));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private void sell(int sales) {
        for (int i = 0; i < sales; i++) {
            till.selling().scan(TestStores.TEA);
            till.tender().addTender(TenderType.CASH, Money.parse("20", Money.CNY), null);
            till.tender().complete();
        }
    }

    private List<Long> waitingSeqs() {
        return store.dsl().select(OUTBOX.SEQ).from(OUTBOX).where(OUTBOX.ACKED_AT.isNull())
                .and(OUTBOX.LAST_ERROR.isNull()).orderBy(OUTBOX.SEQ).fetch(OUTBOX.SEQ);
    }

    private long waiting() {
        return waitingSeqs().size();
    }

    /** A centre that takes every waiting event, one at a time, telling the count after each. */
    private SyncState takeAll(Consumer<SyncState> progress) {
        for (long seq : waitingSeqs()) {
            store.dsl().update(OUTBOX).set(OUTBOX.ACKED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .where(OUTBOX.SEQ.eq(seq)).execute();
            progress.accept(new SyncState(true, waiting(), null));
        }
        return new SyncState(true, 0, null);
    }

    @Test
    void syncNowShowsTheWaitingCountGoingDownAndSaysDoneOnlyOnceTheReviewIsEmpty() {
        start(this::takeAll);
        sell(3);
        vm.show(Panel.CLOSE);
        assertThat(vm.close().reviewProperty().get().pending()).hasSize(3);
        assertThat(vm.close().toCountCommand().isExecutable()).isFalse(); // needs the confirmation

        vm.close().sync().command().execute();

        assertThat(said).containsSubsequence(UiText.of("cash.sync.started"), UiText.of("cash.sync.progress", 2L),
                UiText.of("cash.sync.progress", 1L), UiText.of("cash.sync.progress", 0L),
                UiText.of("cash.sync.done"));
        assertThat(vm.close().reviewProperty().get().anythingPending()).isFalse();
        assertThat(vm.close().reviewLines()).containsExactly(UiText.of("cash.review.all_at_centre"));
        assertThat(vm.close().toCountCommand().isExecutable()).isTrue();
        assertThat(vm.close().sync().runningProperty().get()).isFalse();
    }

    @Test
    void aSyncThatFailsSaysHowManySalesAreStillNotAtTheCentreAndTheConfirmationIsStillNeeded() {
        start(progress -> new SyncState(false, waiting(), "The centre cannot be reached"));
        sell(2);
        vm.show(Panel.CLOSE);

        vm.close().sync().command().execute();

        assertThat(vm.close().sync().progressProperty().get())
                .isEqualTo(UiText.of("cash.sync.failed", 2, 0, "The centre cannot be reached"));
        assertThat(said).doesNotContain(UiText.of("cash.sync.done"));
        assertThat(vm.close().toCountCommand().isExecutable()).isFalse();
        assertThat(vm.close().sync().command().isExecutable()).isTrue(); // it can be tried again
    }

    @Test
    void aSaleTheCentreRejectedIsListedAndTheSyncIsNotCalledDone() {
        start(progress -> {
            long first = waitingSeqs().get(0);
            store.dsl().update(OUTBOX).set(OUTBOX.LAST_ERROR, "Unknown product 42").where(OUTBOX.SEQ.eq(first))
                    .execute();
            return takeAll(progress); // the centre answered: no error, but one sale stays on the till
        });
        sell(2);
        vm.show(Panel.CLOSE);

        vm.close().sync().command().execute();

        assertThat(vm.close().sync().progressProperty().get()).isEqualTo(UiText.of("cash.sync.left", 1, 1));
        assertThat(vm.close().reviewLines()).extracting(UiText::key).contains("cash.review.pending",
                "cash.review.rejected");
        assertThat(vm.close().reviewLines()).filteredOn(t -> t.key().equals("cash.review.rejected"))
                .singleElement().satisfies(t -> assertThat(t.args()).contains("Unknown product 42"));
        assertThat(vm.close().toCountCommand().isExecutable()).isFalse();
    }

    @Test
    void aSyncThatThrowsSaysSoAndLeavesTheReviewAsItWas() {
        start(progress -> {
            throw new IllegalStateException("agent closed");
        });
        sell(1);
        vm.show(Panel.CLOSE);

        vm.close().sync().command().execute();

        assertThat(vm.close().sync().progressProperty().get()).isEqualTo(UiText.of("cash.sync.error", "agent closed"));
        assertThat(vm.close().reviewProperty().get().pending()).hasSize(1);
    }

    @Test
    void aTillWithNoCentreOffersNoSyncNow() {
        start(null);
        vm.show(Panel.CLOSE);

        assertThat(vm.close().sync().available()).isFalse();
        assertThat(vm.close().sync().command().isExecutable()).isFalse();
    }
}
