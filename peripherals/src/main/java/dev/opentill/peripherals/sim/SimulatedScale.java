package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.scale.NciProtocol;
import dev.opentill.peripherals.scale.ScaleConfig.Protocol;
import dev.opentill.peripherals.scale.ToledoProtocol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** A scale with a weight set by hand, answering W, S and Z in NCI or W and Z in Toledo, like the real ones. */
public final class SimulatedScale extends SimulatedTransport {
    private static final BigDecimal CAPACITY_KG = new BigDecimal("15.000");
    private volatile BigDecimal kg = new BigDecimal("0.000");
    private volatile boolean motion;
    private final StringBuilder command = new StringBuilder();
    private final Protocol protocol;

    /** An NCI scale. */
    public SimulatedScale() {
        this(Protocol.NCI);
    }

    public SimulatedScale(Protocol protocol) {
        super("scale");
        this.protocol = protocol;
    }

    public void setWeight(BigDecimal kilograms) {
        kg = kilograms.setScale(3, RoundingMode.HALF_UP);
    }

    public void setMotion(boolean on) {
        motion = on;
    }

    @Override
    protected synchronized void received(byte[] data) {
        if (protocol == Protocol.TOLEDO) {
            for (byte b : data) {
                toledo((char) b); // single-letter commands, no terminator
            }
            return;
        }
        command.append(new String(data, StandardCharsets.US_ASCII));
        int cr;
        while ((cr = command.indexOf("\r")) >= 0) {
            String c = command.substring(0, cr).strip();
            command.delete(0, cr + 1);
            respond(c);
        }
    }

    private void respond(String c) {
        BigDecimal w = kg;
        boolean over = w.compareTo(CAPACITY_KG) > 0;
        boolean under = w.signum() < 0;
        boolean zero = w.signum() == 0;
        switch (c) {
            case "W" ->
                answer(NciProtocol.answer(over || under ? "------kg" : String.format("%8skg", w.toPlainString()),
                        motion, zero, under, over));
            case "Z" -> {
                kg = BigDecimal.ZERO.setScale(3);
                answer(status(false, true, false, false));
            }
            case "S" -> answer(status(motion, zero, under, over));
            default -> answer("\n?\r\u0003".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private void toledo(char c) {
        BigDecimal w = kg;
        boolean over = w.compareTo(CAPACITY_KG) > 0;
        boolean under = w.signum() < 0;
        boolean zero = w.signum() == 0;
        switch (c) {
            case 'W' -> answer(over || under || motion || zero
                    ? ToledoProtocol.status(motion, over, under, zero)
                    : ToledoProtocol.weight(w));
            case 'Z' -> {
                kg = BigDecimal.ZERO.setScale(3);
                answer(ToledoProtocol.status(false, false, false, true));
            }
            default -> {
                // an unknown letter gets no answer, as on the real scale
            }
        }
    }

    private static byte[] status(boolean motion, boolean zero, boolean under, boolean over) {
        char s1 = (char) (0x30 | (motion ? 1 : 0) | (zero ? 2 : 0));
        char s2 = (char) (0x30 | (under ? 1 : 0) | (over ? 2 : 0));
        return ("\n" + s1 + s2 + "\r\u0003").getBytes(StandardCharsets.US_ASCII);
    }
}
