package dev.opentill.peripherals.printer;

import dev.opentill.peripherals.DeviceStatus.Condition;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decodes the four DLE EOT answers (n = 1 printer, 2 offline cause, 3 error cause, 4 roll paper
 * sensor). Each answer has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is not a status byte.
 */
public final class PrinterStatusDecoder {
    static final int FIXED_MASK = 0b1001_0011;
    static final int FIXED_VALUE = 0b0001_0010;

    static final int PRINTER_DRAWER_PIN3_HIGH = 1 << 2;
    static final int PRINTER_OFFLINE = 1 << 3;
    static final int OFFLINE_COVER_OPEN = 1 << 2;
    static final int OFFLINE_PAPER_END_STOP = 1 << 5;
    static final int OFFLINE_ERROR = 1 << 6;
    static final int ERROR_CUTTER = 1 << 3;
    static final int ERROR_UNRECOVERABLE = 1 << 5;
    static final int PAPER_NEAR_END = 0b0000_1100;
    static final int PAPER_END = 0b0110_0000;

    private PrinterStatusDecoder() {
    }

    public static boolean isStatusByte(int b) {
        return (b & FIXED_MASK) == FIXED_VALUE;
    }

    /** Whether the answer to DLE EOT 1 says the drawer is open, for a switch of this polarity (never for NONE). */
    public static boolean drawerOpen(int printerStatus, DrawerSensor sensor) {
        boolean pinHigh = (printerStatus & PRINTER_DRAWER_PIN3_HIGH) != 0;
        return (sensor == DrawerSensor.OPEN_WHEN_HIGH && pinHigh) || (sensor == DrawerSensor.OPEN_WHEN_LOW && !pinHigh);
    }

    /** Conditions from the four answers in order n = 1..4. */
    public static Set<Condition> decode(byte[] answers, DrawerSensor sensor) {
        if (answers.length != 4) {
            throw new IllegalArgumentException("Expected 4 status bytes, got " + answers.length);
        }
        for (byte b : answers) {
            if (!isStatusByte(b & 0xFF)) {
                throw new IllegalArgumentException(String.format("Not a DLE EOT answer: 0x%02X", b & 0xFF));
            }
        }
        int printer = answers[0] & 0xFF;
        int offline = answers[1] & 0xFF;
        int error = answers[2] & 0xFF;
        int paper = answers[3] & 0xFF;
        EnumSet<Condition> c = EnumSet.noneOf(Condition.class);
        if ((printer & PRINTER_OFFLINE) != 0) {
            c.add(Condition.PRINTER_PAUSED);
        }
        if (drawerOpen(printer, sensor)) {
            c.add(Condition.DRAWER_OPEN);
        }
        if ((offline & OFFLINE_COVER_OPEN) != 0) {
            c.add(Condition.COVER_OPEN);
        }
        if ((offline & OFFLINE_PAPER_END_STOP) != 0 || (paper & PAPER_END) == PAPER_END) {
            c.add(Condition.PAPER_OUT);
        }
        if ((paper & PAPER_NEAR_END) == PAPER_NEAR_END) {
            c.add(Condition.PAPER_NEAR_END);
        }
        if ((error & ERROR_CUTTER) != 0) {
            c.add(Condition.CUTTER_ERROR);
        }
        if ((error & ERROR_UNRECOVERABLE) != 0) {
            c.add(Condition.UNRECOVERABLE_ERROR);
        }
        return c;
    }
}
