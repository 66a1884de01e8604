package dev.opentill.app;

/**
 * Keeps library chatter (jOOQ's logo and tip of the day, Flyway's INFO lines) out of what a
 * technician or cashier reads, as the centre and the sync daemon do. Call first in a main method,
 * before any logger exists; a value given with {@code -D} wins.
 */
public final class QuietLibraries {
    private QuietLibraries() {
    }

    public static void apply() {
        setIfAbsent("org.jooq.no-logo", "true");
        setIfAbsent("org.jooq.no-tips", "true");
        setIfAbsent("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.jooq", "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
