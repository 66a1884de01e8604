package dev.opentill.peripherals;

/** The device answered but cannot do the job now (paper out, cover open); {@link #status()} says why. */
public class DeviceNotReadyException extends DeviceException {
    private static final long serialVersionUID = 1L;
    private final transient DeviceStatus status;

    public DeviceNotReadyException(DeviceStatus status) {
        super(status.device() + " is not ready: " + status.conditions());
        this.status = status;
    }

    public DeviceStatus status() {
        return status;
    }
}
