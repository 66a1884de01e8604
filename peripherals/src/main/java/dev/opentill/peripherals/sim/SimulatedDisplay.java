package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.display.DisplayCommandSet;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder;
import java.io.ByteArrayOutputStream;

/** A 2x20 pole display in memory that executes DM-D or CD5220 commands into two lines of text. */
public final class SimulatedDisplay extends SimulatedTransport {
    private final DisplayCommandSet set;
    private final String[] lines = {"", ""};
    private byte[] pending = new byte[0];

    public SimulatedDisplay(DisplayCommandSet set) {
        super("display");
        this.set = set;
    }

    public synchronized String upper() {
        return lines[0];
    }

    public synchronized String lower() {
        return lines[1];
    }

    @Override
    protected synchronized void received(byte[] data) {
        byte[] b = new byte[pending.length + data.length];
        System.arraycopy(pending, 0, b, 0, pending.length);
        System.arraycopy(data, 0, b, pending.length, data.length);
        int i = 0;
        int row = -1;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c == 0x1B && i + 1 < b.length && b[i + 1] == '@') {
                i += 2;
            } else if (c == 0x0C) {
                lines[0] = "";
                lines[1] = "";
                i++;
            } else if (set == DisplayCommandSet.EPSON_DMD && c == 0x1F && i + 3 < b.length && b[i + 1] == '$') {
                row = commit(row, text);
                row = b[i + 3] - 1;
                i += 4;
            } else if (set == DisplayCommandSet.CD5220 && c == 0x1B && i + 2 < b.length && b[i + 1] == 'Q') {
                row = commit(row, text);
                row = b[i + 2] == 'A' ? 0 : 1;
                i += 3;
            } else if (c == 0x0D) {
                row = commit(row, text);
                i++;
            } else {
                text.write(c);
                i++;
            }
        }
        commit(row, text);
        pending = new byte[0];
    }

    private int commit(int row, ByteArrayOutputStream text) {
        if (row >= 0 && row < 2 && text.size() > 0) {
            lines[row] = new String(text.toByteArray(), EscPosBuilder.GB18030).stripTrailing();
        }
        text.reset();
        return -1;
    }
}
