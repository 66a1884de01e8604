package dev.opentill.core.health;

import java.util.Arrays;
import java.util.List;

/**
 * One finding of the health check: what was checked, how it came out and, as a message key of the
 * till's bundle with its arguments, what was found and what to do. A screen or a command line
 * renders it in its own language.
 */
public record HealthItem(String check, Level level, String messageKey, List<String> args) {

    public enum Level {
        OK,
        /** Works, but someone should look (e.g. low disk, a simulated device). */
        WARN,
        /** Does not work: the till cannot do what this check is for. */
        FAIL
    }

    public HealthItem {
        args = List.copyOf(args);
    }

    public static HealthItem ok(String check, String key, Object... args) {
        return new HealthItem(check, Level.OK, key, strings(args));
    }

    public static HealthItem warn(String check, String key, Object... args) {
        return new HealthItem(check, Level.WARN, key, strings(args));
    }

    public static HealthItem fail(String check, String key, Object... args) {
        return new HealthItem(check, Level.FAIL, key, strings(args));
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
