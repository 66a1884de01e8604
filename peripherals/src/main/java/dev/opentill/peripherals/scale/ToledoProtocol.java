package dev.opentill.peripherals.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The Mettler Toledo POS protocol (8213 / 8217 host mode, usually 9600 7E1): the host sends {@code W},
 * the scale answers {@code <STX>WW.WWW<CR>} (kilograms, three decimals; {@code WW.WW} in pounds; an
 * {@code N} after the digits for a net weight), or {@code <STX>?<status><CR>} when it has no weight to
 * give. Status bits: 0 in motion, 1 over capacity, 2 under zero, 3 outside zero capture range, 4 at
 * centre of zero, 5 net, 6 always 1 (7 is parity and is ignored). {@code Z} zeroes and answers a status.
 */
public final class ToledoProtocol implements ScaleProtocol {
    public static final ToledoProtocol INSTANCE = new ToledoProtocol();

    public static final byte STX = 0x02;
    public static final byte CR = 0x0D;
    static final int MOTION = 1;
    static final int OVER = 1 << 1;
    static final int UNDER = 1 << 2;
    static final int CENTRE_OF_ZERO = 1 << 4;
    static final int ALWAYS = 1 << 6;

    private static final byte[] WEIGH = {'W'};
    private static final byte[] ZERO = {'Z'};

    private ToledoProtocol() {
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
        return WEIGH.clone();
    }

    @Override
    public boolean complete(byte[] answer) {
        int stx = indexOf(answer, STX);
        return stx >= 0 && indexOf(answer, CR, stx) > stx;
    }

    @Override
    public WeightReading parse(byte[] answer) {
        int stx = indexOf(answer, STX);
        int cr = stx < 0 ? -1 : indexOf(answer, CR, stx);
        if (cr < 0) {
            throw new IllegalArgumentException("Toledo answer is not <STX>...<CR>: " + printable(answer));
        }
        if (cr > stx + 1 && answer[stx + 1] == '?') {
            if (cr < stx + 3) {
                throw new IllegalArgumentException("Toledo status answer without a status byte");
            }
            return new WeightReading(null, "", stateOf(answer[stx + 2] & 0x7F)); // read as a byte: bit 7 may be parity
        }
        String body = new String(answer, stx + 1, cr - stx - 1, StandardCharsets.US_ASCII);
        String digits = body.endsWith("N") ? body.substring(0, body.length() - 1) : body;
        int dot = digits.indexOf('.');
        int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        if (decimals != 2 && decimals != 3) {
            throw new IllegalArgumentException("Toledo weight '" + body + "' has neither 3 decimals (kg) nor 2 (lb)");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(digits.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Toledo weight is not a number: '" + body + "'", e);
        }
        WeightReading.State state = value.signum() == 0 ? WeightReading.State.ZERO : WeightReading.State.STABLE;
        return new WeightReading(value, decimals == 3 ? "kg" : "lb", state);
    }

    private static WeightReading.State stateOf(int status) {
        if ((status & OVER) != 0) {
            return WeightReading.State.OVERLOAD;
        }
        if ((status & UNDER) != 0) {
            return WeightReading.State.UNDERLOAD;
        }
        if ((status & MOTION) != 0) {
            return WeightReading.State.MOTION;
        }
        if ((status & CENTRE_OF_ZERO) != 0) {
            return WeightReading.State.ZERO;
        }
        return WeightReading.State.ERROR;
    }

    /** The answer a scale gives with a stable weight in kilograms: used by the simulator and tests. */
    public static byte[] weight(BigDecimal kilograms) {
        return ("\u0002" + String.format("%6s", kilograms.setScale(3).toPlainString()) + "\r")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The status answer for these conditions: used by the simulator and tests. */
    public static byte[] status(boolean motion, boolean over, boolean under, boolean centreOfZero) {
        int s = ALWAYS | (motion ? MOTION : 0) | (over ? OVER : 0) | (under ? UNDER : 0)
                | (centreOfZero ? CENTRE_OF_ZERO : 0);
        return new byte[]{STX, '?', (byte) s, CR};
    }

    private static int indexOf(byte[] b, byte value) {
        return indexOf(b, value, 0);
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static String printable(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII).replace("\r", "<CR>").replace("\u0002", "<STX>");
    }
}
