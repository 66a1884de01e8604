package dev.opentill.app.ui.status;

import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.devices.DeviceState;
import dev.opentill.app.ui.devices.DeviceStatusSource;
import dev.opentill.app.ui.devices.PrinterState;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar: centre online or not with sales waiting to sync, printer state, drawer, cashier
 * and clock. Device and sync events arrive on any thread and are moved to the UI thread here.
 */
public final class StatusBarViewModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final ReadOnlyLongWrapper pending = new ReadOnlyLongWrapper(this, "pending");
    private final ReadOnlyStringWrapper syncError = new ReadOnlyStringWrapper(this, "syncError");
    private final ReadOnlyObjectWrapper<PrinterState> printer = new ReadOnlyObjectWrapper<>(this, "printer",
            PrinterState.UNKNOWN);
    private final ReadOnlyBooleanWrapper printerProblem = new ReadOnlyBooleanWrapper(this, "printerProblem");
    private final ReadOnlyBooleanWrapper drawerOpen = new ReadOnlyBooleanWrapper(this, "drawerOpen");
    private final ReadOnlyBooleanWrapper scannerOffline = new ReadOnlyBooleanWrapper(this, "scannerOffline");
    private final ReadOnlyStringWrapper cashier = new ReadOnlyStringWrapper(this, "cashier", "");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final Clock timeSource;

    public StatusBarViewModel(TaskRunner runner, SyncStatusSource sync, DeviceStatusSource devices, Clock timeSource) {
        this.timeSource = timeSource;
        applySync(sync.current());
        applyDevices(devices.current());
        sync.onChange(s -> runner.ui(() -> applySync(s)));
        devices.onChange(d -> runner.ui(() -> applyDevices(d)));
        tick();
    }

    /** Called by the view once a second (or by tests) to refresh the clock. */
    public void tick() {
        clock.set(ZonedDateTime.now(timeSource).format(CLOCK));
    }

    public void setCashier(String name) {
        cashier.set(name == null ? "" : name);
    }

    private void applySync(SyncState s) {
        online.set(s.online());
        pending.set(s.pending());
        syncError.set(s.lastError());
    }

    private void applyDevices(DeviceState d) {
        printer.set(d.printer());
        printerProblem.set(d.printer() != PrinterState.READY && d.printer() != PrinterState.PAPER_LOW);
        drawerOpen.set(d.drawerOpen());
        scannerOffline.set(d.scannerOffline());
    }

    /** True while the configured serial scanner cannot be reached; scans typed by hand still sell. */
    public ReadOnlyBooleanProperty scannerOfflineProperty() {
        return scannerOffline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncErrorProperty() {
        return syncError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PrinterState> printerProperty() {
        return printer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty printerProblemProperty() {
        return printerProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty drawerOpenProperty() {
        return drawerOpen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cashierProperty() {
        return cashier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }
}
