package dev.opentill.peripherals.discovery;

/**
 * A device the till found by itself: where it is ({@code connection}, in the
 * {@code Connection.parse} syntax, ready to be stored), the name the
 * operating system gives it (a USB product name from {@code /dev/serial/by-id}, may be empty), and
 * what it answered when asked.
 */
public record Candidate(Source source, String connection, String name, Answer answer) {

    /** How it was found. */
    public enum Source {
        SERIAL_PORT,
        DEVICE_FILE,
        NETWORK
    }

    /** What the device answered. */
    public enum Answer {
        /** A valid ESC/POS status byte to DLE EOT 1: a receipt printer. */
        PRINTER,
        /** Bytes came back, but not a printer status (a wrong baud rate, or another kind of device). */
        GARBAGE,
        /** Nothing came back (a scanner, a display, a scale, or a printer switched off). */
        SILENT,
        /** Another program holds the port (is the till running?). */
        BUSY,
        /** The till's user may not open it (add the user to the dialout or lp group). */
        NO_PERMISSION,
        /** A device file the till can write to; it cannot answer. */
        WRITABLE
    }

    public boolean isPrinter() {
        return answer == Answer.PRINTER;
    }
}
