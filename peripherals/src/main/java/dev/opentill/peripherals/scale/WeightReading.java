package dev.opentill.peripherals.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One answer from the scale: the weight as displayed with its unit, and whether it can be sold
 * (STABLE). Only a STABLE reading may go on a ticket line.
 */
public record WeightReading(BigDecimal value, String unit, State state) {

    public enum State {
        /** Settled, above zero: sellable. */
        STABLE,
        /** Still moving: wait. */
        MOTION,
        /** Settled at zero: nothing on the plate. */
        ZERO,
        /** Above capacity. */
        OVERLOAD,
        /** Below zero (tare or plate lifted). */
        UNDERLOAD,
        /** The scale reports an internal error. */
        ERROR
    }

    public boolean sellable() {
        return state == State.STABLE;
    }

    /** The weight in grams (thousandths of a kilogram), as ticket lines hold weighed quantities. */
    public long grams() {
        if (value == null) {
            return 0;
        }
        BigDecimal g = switch (unit.toLowerCase(Locale.ROOT)) {
            case "kg" -> value.movePointRight(3);
            case "g" -> value;
            case "lb" -> value.multiply(new BigDecimal("453.59237"));
            case "oz" -> value.multiply(new BigDecimal("28.349523125"));
            default -> throw new IllegalStateException("Unknown weight unit " + unit);
        };
        return g.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
