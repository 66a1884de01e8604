package dev.opentill.peripherals.display;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import java.util.Locale;

/**
 * A 2x20 customer pole display. {@code cjk} is true for displays with a Chinese (GB18030) font;
 * the others get an ASCII rendering of the text. {@code locale} picks the wording of "Total"...
 */
public record DisplayConfig(String name, Connection connection, DisplayCommandSet commandSet, boolean cjk,
        Locale locale) {

    public static final int COLUMNS = 20;

    public DisplayConfig {
        if (connection == null || commandSet == null) {
            throw new DeviceConfigException("Display '" + name + "' needs a connection and a command set");
        }
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    public static DisplayConfig of(String name, Connection connection, DisplayCommandSet commandSet) {
        return new DisplayConfig(name, connection, commandSet, false, Locale.ENGLISH);
    }
}
