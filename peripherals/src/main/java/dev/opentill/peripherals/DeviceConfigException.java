package dev.opentill.peripherals;

/** The configuration cannot work: impossible baud rate, unknown port, bad host... Fix the config. */
public class DeviceConfigException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public DeviceConfigException(String message) {
        super(message);
    }

    public DeviceConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
