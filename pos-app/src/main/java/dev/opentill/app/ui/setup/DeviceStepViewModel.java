package dev.opentill.app.ui.setup;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.setup.DeviceBench.BenchResult;
import dev.opentill.app.ui.setup.DeviceBench.FoundDevice;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wizard's devices step: what the till found, the technician's choice for each kind of device
 * (a connection, and the printer's model and code page, the drawer's pin, the display's command set
 * or the scale's protocol), and a live test of each. A keyboard-wedge scanner is tested by scanning
 * into the wizard itself. Until devices are saved, the drawer is on the printer and the scanner types
 * as a keyboard, shown in their fields.
 */
public final class DeviceStepViewModel {
    /** The kinds the wizard sets up, in screen order. */
    public static final List<Kind> KINDS = List.of(Kind.RECEIPT_PRINTER, Kind.DRAWER, Kind.SCANNER,
            Kind.CUSTOMER_DISPLAY, Kind.SCALE);
    static final Duration SCAN_WAIT = Duration.ofSeconds(20);
    /** What discovery says of a device that answered a printer's status request. */
    static final String PRINTER_ANSWER = "PRINTER";

    private final TaskRunner runner;
    private final DeviceBench bench;
    private final Map<Kind, StringProperty> connection = new EnumMap<>(Kind.class);
    private final Map<Kind, StringProperty> option = new EnumMap<>(Kind.class);
    private final Map<Kind, ReadOnlyObjectWrapper<BenchResult>> result = new EnumMap<>(Kind.class);
    private final StringProperty codePage = new SimpleStringProperty(this, "codePage", "");
    private final ObservableList<FoundDevice> found = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper awaitingKeyboardScan = new ReadOnlyBooleanWrapper(this, "awaitingScan");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command discover;
    private final Command discoverNetwork;

    public DeviceStepViewModel(TaskRunner runner, DeviceBench bench) {
        this.runner = runner;
        this.bench = bench;
        for (Kind k : KINDS) {
            connection.put(k, new SimpleStringProperty(this, k.key(), ""));
            option.put(k, new SimpleStringProperty(this, k.key() + ".option", ""));
            result.put(k, new ReadOnlyObjectWrapper<>(this, k.key() + ".result"));
        }
        // What most tills have, shown filled in so the technician only clears what is not there.
        connection.get(Kind.DRAWER).set(DeviceSetting.VIA_PRINTER);
        connection.get(Kind.SCANNER).set(DeviceSetting.KEYBOARD);
        discover = new Command(Bindings.not(busy), () -> find(false));
        discoverNetwork = new Command(Bindings.not(busy), () -> find(true));
    }

    /** Shows the devices saved earlier (a setup resumed, or opened again by a manager). */
    public void load(List<DeviceSetting> saved) {
        if (saved.isEmpty()) {
            return;
        }
        for (Kind k : KINDS) {
            connection.get(k).set("");
            option.get(k).set("");
        }
        for (DeviceSetting d : saved) {
            if (!KINDS.contains(d.kind())) {
                continue;
            }
            connection.get(d.kind()).set(d.connection());
            option.get(d.kind()).set(d.kind() == Kind.DRAWER
                    ? d.drawerPin() == null ? "" : String.valueOf(d.drawerPin())
                    : d.model() == null ? "" : d.model());
            if (d.kind() == Kind.RECEIPT_PRINTER && d.codePage() != null) {
                codePage.set(d.codePage());
            }
        }
    }

    private void find(boolean network) {
        busy.set(true);
        message.set(UiText.of(network ? "setup.devices.scanning_network" : "setup.devices.scanning"));
        runner.run(() -> bench.discover(network), list -> {
            busy.set(false);
            found.setAll(list);
            // One device answered as a receipt printer and none is set yet: it is the printer.
            List<FoundDevice> printers = list.stream().filter(d -> PRINTER_ANSWER.equals(d.answer())).toList();
            if (printers.size() == 1 && connection.get(Kind.RECEIPT_PRINTER).get().isBlank()) {
                assign(printers.get(0), Kind.RECEIPT_PRINTER);
                message.set(UiText.of("setup.devices.found_printer", list.size(), printers.get(0).connection()));
                return;
            }
            message.set(
                    list.isEmpty() ? UiText.of("setup.devices.none") : UiText.of("setup.devices.found", list.size()));
        }, failure -> {
            busy.set(false);
            message.set(UiText.ofFailure(failure));
        });
    }

    /** Uses a found device as {@code kind}. */
    public void assign(FoundDevice device, Kind kind) {
        connection.get(kind).set(device.connection());
        result.get(kind).set(null);
    }

    /** Tests {@code kind} as it is set up now. */
    public void test(Kind kind) {
        DeviceSetting device;
        try {
            device = setting(kind);
        } catch (IllegalArgumentException e) {
            result.get(kind).set(new BenchResult(false, UiText.of("setup.test.bad_setting", e.getMessage())));
            return;
        }
        if (device == null) {
            result.get(kind).set(new BenchResult(false, UiText.of("setup.test.nothing_set")));
            return;
        }
        if (kind == Kind.SCANNER && device.connection().equals(DeviceSetting.KEYBOARD)) {
            awaitingKeyboardScan.set(true);
            result.get(kind).set(new BenchResult(false, UiText.of("setup.test.scan_now")));
            return;
        }
        DeviceSetting printer = setting(Kind.RECEIPT_PRINTER);
        busy.set(true);
        result.get(kind).set(new BenchResult(false, UiText.of(kind == Kind.SCANNER
                ? "setup.test.scan_now"
                : "setup.test.running")));
        runner.run(() -> bench.test(device, printer, SCAN_WAIT), r -> {
            busy.set(false);
            result.get(kind).set(r);
        }, failure -> {
            busy.set(false);
            result.get(kind).set(new BenchResult(false, UiText.ofFailure(failure)));
        });
    }

    /** A code typed by a keyboard-wedge scanner while its test waits for one. */
    public void keyboardScan(String code) {
        if (!awaitingKeyboardScan.get() || code == null || code.isBlank()) {
            return;
        }
        awaitingKeyboardScan.set(false);
        result.get(Kind.SCANNER).set(new BenchResult(true, UiText.of("setup.test.scanned", code.strip())));
    }

    /** The devices as set up on the screen; kinds left empty are left out. */
    public List<DeviceSetting> chosen() {
        List<DeviceSetting> out = new ArrayList<>();
        for (Kind k : KINDS) {
            DeviceSetting d = setting(k);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private DeviceSetting setting(Kind kind) {
        String c = connection.get(kind).get().strip();
        if (c.isEmpty()) {
            return null;
        }
        String o = option.get(kind).get().strip();
        if (kind == Kind.DRAWER) {
            Integer pin = null;
            if (!o.isEmpty()) {
                try {
                    pin = Integer.parseInt(o);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("drawer pin " + o);
                }
            }
            return new DeviceSetting(kind, c, null, null, pin);
        }
        return new DeviceSetting(kind, c, o, kind == Kind.RECEIPT_PRINTER ? codePage.get() : null, null);
    }

    public List<String> models(Kind kind) {
        return bench.models(kind);
    }

    public StringProperty connectionProperty(Kind kind) {
        return connection.get(kind);
    }

    /** The printer's model, the drawer's pin, the display's command set or the scale's protocol. */
    public StringProperty optionProperty(Kind kind) {
        return option.get(kind);
    }

    public StringProperty codePageProperty() {
        return codePage;
    }

    public ReadOnlyObjectProperty<BenchResult> resultProperty(Kind kind) {
        return result.get(kind).getReadOnlyProperty();
    }

    public ObservableList<FoundDevice> found() {
        return FXCollections.unmodifiableObservableList(found);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty awaitingKeyboardScanProperty() {
        return awaitingKeyboardScan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command discoverCommand() {
        return discover;
    }

    public Command discoverNetworkCommand() {
        return discoverNetwork;
    }
}
