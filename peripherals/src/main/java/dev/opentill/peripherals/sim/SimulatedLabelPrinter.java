package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.label.Tspl;
import java.util.List;

/**
 * A TSPL label printer in memory: it draws what it is sent through {@link TsplInterpreter}, answers
 * {@code ESC ! ?} from the paper and head state set here, and can be told to run out of paper after
 * a number of labels, as a roll does in the middle of an order.
 */
public final class SimulatedLabelPrinter extends SimulatedTransport {
    private final TsplInterpreter interpreter = new TsplInterpreter(this::statusByte);
    private volatile boolean paperOut;
    private volatile boolean headOpen;
    private volatile int labelsLeft = Integer.MAX_VALUE;

    public SimulatedLabelPrinter() {
        super("label printer");
    }

    @Override
    protected void received(byte[] data) {
        int before = interpreter.printed().size();
        interpreter.feed(data);
        int printedNow = interpreter.printed().size() - before;
        if (printedNow > 0 && labelsLeft != Integer.MAX_VALUE) {
            labelsLeft = Math.max(0, labelsLeft - printedNow);
            if (labelsLeft == 0) {
                paperOut = true;
            }
        }
        byte[] a = interpreter.takeAnswers();
        if (a.length > 0) {
            answer(a);
        }
    }

    int statusByte() {
        return (paperOut ? Tspl.STATUS_PAPER_OUT : 0) | (headOpen ? Tspl.STATUS_HEAD_OPEN : 0);
    }

    public void setPaperOut(boolean on) {
        paperOut = on;
        if (!on) {
            labelsLeft = Integer.MAX_VALUE;
        }
    }

    public void setHeadOpen(boolean on) {
        headOpen = on;
    }

    /** The roll ends after {@code n} more labels. */
    public void runOutAfter(int n) {
        labelsLeft = n;
    }

    public List<LabelImage> printed() {
        return interpreter.printed();
    }

    public List<String> errors() {
        return interpreter.errors();
    }
}
