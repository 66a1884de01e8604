package dev.opentill.peripherals.printer.escpos;

import java.util.OptionalInt;

/**
 * The printed width of a CODE128 symbol in code set B: start, data and check symbols of 11 modules,
 * a stop of 13, and a quiet zone of 10 modules on each side. GS w sets how many dots one module takes.
 */
public final class Code128 {
    /** Widest module the till chooses even when the paper has room: wider symbols only cost paper. */
    public static final int PREFERRED_MAX_MODULE = 3;

    private Code128() {
    }

    public static int modules(String data) {
        return 11 * (data.length() + 2) + 13 + 20;
    }

    /**
     * The module width in dots for {@code data} on a line of {@code dots}, within the printer's
     * {@code min..max} (GS w range); empty when even the narrowest allowed module does not fit.
     */
    public static OptionalInt moduleFor(String data, int dots, int min, int max) {
        int fit = dots / modules(data);
        int m = Math.min(Math.min(max, PREFERRED_MAX_MODULE), fit);
        return m >= min ? OptionalInt.of(m) : OptionalInt.empty();
    }
}
