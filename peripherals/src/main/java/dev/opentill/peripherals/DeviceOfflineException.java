package dev.opentill.peripherals;

/** The device did not answer, its port failed, or it timed out. The job was not done. */
public class DeviceOfflineException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public DeviceOfflineException(String message) {
        super(message);
    }

    public DeviceOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
