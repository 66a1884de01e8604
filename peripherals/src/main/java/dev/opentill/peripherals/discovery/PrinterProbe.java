package dev.opentill.peripherals.discovery;

import dev.opentill.peripherals.discovery.Candidate.Answer;
import dev.opentill.peripherals.transport.Transport;
import java.io.IOException;
import java.time.Duration;

/**
 * Asks whatever is on a transport whether it is an ESC/POS printer: DLE EOT 1 (transmit printer
 * status) must come back as one byte with bits 1 and 4 set and bits 0 and 7 clear. Noise left in
 * the input buffer is read away first so it is not taken for an answer.
 */
public final class PrinterProbe {
    static final byte[] DLE_EOT_1 = {0x10, 0x04, 0x01};

    private PrinterProbe() {
    }

    /** The transport must be open; it is left open. */
    public static Answer ask(Transport t, Duration timeout) throws IOException {
        t.read(256, Duration.ZERO);
        t.write(DLE_EOT_1);
        byte[] got = t.read(16, timeout);
        if (got.length == 0) {
            return Answer.SILENT;
        }
        // A slow link may deliver the byte in a second read; anything beyond one byte is not a status.
        byte[] more = t.read(16, Duration.ofMillis(100));
        return got.length == 1 && more.length == 0 && isStatusByte(got[0]) ? Answer.PRINTER : Answer.GARBAGE;
    }

    public static boolean isStatusByte(byte b) {
        return (b & 0x93) == 0x12;
    }
}
