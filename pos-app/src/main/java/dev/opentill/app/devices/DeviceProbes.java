package dev.opentill.app.devices;

import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.core.health.HealthItem;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.discovery.Candidate.Answer;
import dev.opentill.peripherals.discovery.PrinterProbe;
import dev.opentill.peripherals.scale.Scale;
import dev.opentill.peripherals.scale.WeightReading;
import dev.opentill.peripherals.transport.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jssc.SerialPortException;

/**
 * Probes each configured device where it is: the receipt printer must answer DLE EOT with a status
 * byte, the scale must give a reading, the other devices' ports must open. A port held by another
 * program (normally the running till, which then shows the device in its status bar) is a warning,
 * not a failure. Nothing is printed and the drawer is not kicked.
 */
public final class DeviceProbes {
    private final Duration timeout;

    public DeviceProbes(Duration timeout) {
        this.timeout = timeout;
    }

    public HealthItem probe(DeviceSetting d) {
        String check = "device." + d.kind().key();
        String where = d.connection();
        if (d.kind() == Kind.SCANNER && d.connection().equals(DeviceSetting.KEYBOARD)) {
            return HealthItem.ok(check, "health.device.keyboard");
        }
        if (d.kind() == Kind.DRAWER && d.connection().equals(DeviceSetting.VIA_PRINTER)) {
            return HealthItem.ok(check, "health.device.viaPrinter", d.drawerPin() == null ? 2 : d.drawerPin());
        }
        Connection c;
        try {
            c = DeviceConfigs.connection(d);
        } catch (DeviceConfigException e) {
            return HealthItem.fail(check, "health.device.badConfig", e.getMessage());
        }
        if (c instanceof Connection.Simulated) {
            return HealthItem.warn(check, "health.device.simulated");
        }
        if (d.kind() == Kind.SCALE) {
            return scale(check, d, where);
        }
        Transport t;
        try {
            t = Peripherals.transport(c, d.kind().key());
        } catch (DeviceConfigException e) {
            return HealthItem.fail(check, "health.device.missing", where);
        }
        try {
            t.open();
        } catch (IOException e) {
            return openFailure(check, where, e);
        }
        try {
            if (d.kind() != Kind.RECEIPT_PRINTER || !t.canRead()) {
                return HealthItem.ok(check, "health.device.opens", where);
            }
            Answer a = PrinterProbe.ask(t, timeout);
            return switch (a) {
                case PRINTER -> HealthItem.ok(check, "health.device.printer", where);
                case GARBAGE -> HealthItem.fail(check, "health.device.garbage", where);
                default -> HealthItem.fail(check, "health.device.silent", where);
            };
        } catch (IOException e) {
            return HealthItem.fail(check, "health.device.silent", where);
        } finally {
            t.close();
        }
    }

    private HealthItem scale(String check, DeviceSetting d, String where) {
        try (Scale scale = Peripherals.scale(DeviceConfigs.scale(d))) {
            WeightReading r = scale.read().get(timeout.toMillis() + 1500, TimeUnit.MILLISECONDS);
            return HealthItem.ok(check, "health.device.scale", where, r.state());
        } catch (DeviceConfigException e) {
            return HealthItem.fail(check, "health.device.missing", where);
        } catch (Exception e) {
            return HealthItem.fail(check, "health.device.silent", where);
        }
    }

    private static HealthItem openFailure(String check, String where, IOException e) {
        if (e.getCause() instanceof SerialPortException s) {
            if (SerialPortException.TYPE_PORT_BUSY.equals(s.getExceptionType())) {
                return HealthItem.warn(check, "health.device.busy", where);
            }
            if (SerialPortException.TYPE_PERMISSION_DENIED.equals(s.getExceptionType())) {
                return HealthItem.fail(check, "health.device.permission", where);
            }
        }
        return HealthItem.fail(check, "health.device.cannotOpen", where, e.getMessage());
    }
}
