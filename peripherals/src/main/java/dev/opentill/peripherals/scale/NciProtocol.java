package dev.opentill.peripherals.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The NCI / Brecknell scale protocol: the host sends {@code W<CR>}, the scale answers
 * {@code <LF>weight unit<CR><LF>status<CR><ETX>}. Status byte 1: bit 0 motion, bit 1 at zero, bits
 * 2-3 RAM/EEPROM error; byte 2: bit 0 under capacity, bit 1 over capacity, bits 2-3 ROM/calibration error.
 */
public final class NciProtocol implements ScaleProtocol {
    public static final NciProtocol INSTANCE = new NciProtocol();

    public static final byte[] WEIGH = {'W', '\r'};
    public static final byte[] STATUS = {'S', '\r'};
    public static final byte[] ZERO = {'Z', '\r'};
    public static final byte ETX = 0x03;

    static final int S1_MOTION = 1;
    static final int S1_AT_ZERO = 1 << 1;
    static final int S1_ERRORS = 0b1100;
    static final int S2_UNDER = 1;
    static final int S2_OVER = 1 << 1;
    static final int S2_ERRORS = 0b1100;

    private NciProtocol() {
    }

    @Override
    public byte[] weigh() {
        return WEIGH.clone();
    }

    @Override
    public byte[] zero() {
        return ZERO.clone();
    }

    @Override
    public byte[] poll() {
        return STATUS.clone();
    }

    @Override
    public boolean complete(byte[] answer) {
        return answer.length > 0 && answer[answer.length - 1] == ETX;
    }

    @Override
    public WeightReading parse(byte[] answer) {
        return parseAnswer(answer);
    }

    /** Parses a whole answer ending in ETX; throws IllegalArgumentException for anything malformed. */
    private static WeightReading parseAnswer(byte[] answer) {
        String s = new String(answer, StandardCharsets.US_ASCII);
        if (s.isEmpty() || s.charAt(s.length() - 1) != ETX) {
            throw new IllegalArgumentException("Scale answer does not end in ETX: " + printable(s));
        }
        String[] parts = s.substring(0, s.length() - 1).split("\r");
        if (parts.length < 1 || parts[parts.length - 1].strip().equals("?")) {
            throw new IllegalArgumentException("Scale did not understand the command: " + printable(s));
        }
        String status = parts[parts.length - 1].replace("\n", "").strip();
        if (status.length() < 2) {
            throw new IllegalArgumentException("Scale status too short: " + printable(s));
        }
        int s1 = status.charAt(0);
        int s2 = status.charAt(1);
        BigDecimal value = null;
        String unit = "";
        if (parts.length >= 2) {
            String w = parts[0].replace("\n", "").strip();
            int u = w.length();
            while (u > 0 && Character.isLetter(w.charAt(u - 1))) {
                u--;
            }
            unit = w.substring(u).toLowerCase(Locale.ROOT);
            String number = w.substring(0, u).strip();
            try {
                value = number.isEmpty() ? null : new BigDecimal(number);
            } catch (NumberFormatException e) {
                value = null; // over/under capacity shows dashes instead of a number
            }
        }
        WeightReading.State state;
        if ((s1 & S1_ERRORS) != 0 || (s2 & S2_ERRORS) != 0) {
            state = WeightReading.State.ERROR;
        } else if ((s2 & S2_OVER) != 0) {
            state = WeightReading.State.OVERLOAD;
        } else if ((s2 & S2_UNDER) != 0) {
            state = WeightReading.State.UNDERLOAD;
        } else if ((s1 & S1_MOTION) != 0) {
            state = WeightReading.State.MOTION;
        } else if ((s1 & S1_AT_ZERO) != 0) {
            state = WeightReading.State.ZERO;
        } else {
            state = value == null ? WeightReading.State.ERROR : WeightReading.State.STABLE;
        }
        return new WeightReading(value, unit, state);
    }

    /** The answer a scale gives for this weight and state: used by the simulator and tests. */
    public static byte[] answer(String weightText, boolean motion, boolean zero, boolean under, boolean over) {
        char s1 = (char) (0x30 | (motion ? S1_MOTION : 0) | (zero ? S1_AT_ZERO : 0));
        char s2 = (char) (0x30 | (under ? S2_UNDER : 0) | (over ? S2_OVER : 0));
        return ("\n" + weightText + "\r\n" + s1 + s2 + "\r" + (char) ETX).getBytes(StandardCharsets.US_ASCII);
    }

    private static String printable(String s) {
        return s.replace("\r", "<CR>").replace("\n", "<LF>").replace("\u0003", "<ETX>");
    }
}
