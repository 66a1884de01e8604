package dev.opentill.app.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.devices.PrinterState;
import dev.opentill.app.devices.SimulatedDevices;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private final ManualSyncStatus sync = new ManualSyncStatus(new SyncState(true, 0, null));
    private final SimulatedDevices devices = new SimulatedDevices(Runnable::run);
    private final StatusBarViewModel vm = new StatusBarViewModel(new DirectTaskRunner(), sync, devices,
            Clock.fixed(Instant.parse("2026-11-21T01:05:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void showsOfflineWithTheSalesWaitingToSync() {
        sync.set(new SyncState(false, 3, "connection refused"));

        assertThat(vm.onlineProperty().get()).isFalse();
        assertThat(vm.pendingProperty().get()).isEqualTo(3);
        assertThat(vm.syncErrorProperty().get()).isEqualTo("connection refused");
    }

    @Test
    void paperOutIsAPrinterProblemAndPaperLowIsNot() {
        devices.setPrinter(PrinterState.PAPER_OUT);
        assertThat(vm.printerProblemProperty().get()).isTrue();

        devices.setPrinter(PrinterState.PAPER_LOW);
        assertThat(vm.printerProblemProperty().get()).isFalse();
        assertThat(vm.printerProperty().get()).isEqualTo(PrinterState.PAPER_LOW);
    }

    @Test
    void drawerOpenFollowsTheDrawer() {
        devices.open();
        assertThat(vm.drawerOpenProperty().get()).isTrue();
        devices.closeDrawer();
        assertThat(vm.drawerOpenProperty().get()).isFalse();
    }

    @Test
    void aSimulatedDrawerPushedShutAtOnceClearsDrawerOpen() {
        List<Boolean> heard = new ArrayList<>();
        vm.drawerOpenProperty().addListener((o, was, now) -> heard.add(now));
        devices.drawerClosesAfter(Duration.ZERO);

        devices.open();

        assertThat(heard).containsExactly(true, false);
        assertThat(vm.drawerOpenProperty().get()).isFalse();
    }

    @Test
    void aSimulatedDrawerPushedShutLaterStaysOpenUntilThen() throws InterruptedException {
        devices.drawerClosesAfter(Duration.ofMillis(200));

        devices.open();
        assertThat(devices.current().drawerOpen()).isTrue();

        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (devices.current().drawerOpen() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(devices.current().drawerOpen()).isFalse();
    }

    @Test
    void clockShowsLocalTime() {
        assertThat(vm.clockProperty().get()).isEqualTo("09:05");
    }
}
