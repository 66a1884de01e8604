package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.printer.PrinterProfile;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt printer in memory. It runs what it receives through {@link EscPosInterpreter}, so the
 * till's demo mode and tests see the receipt as text and as a PNG; it answers DLE EOT from the
 * paper, cover and drawer state set here, and opens its drawer on ESC p.
 */
public final class SimulatedPrinter extends SimulatedTransport {
    private static final int FIXED = 0x12;

    private final PrinterProfile profile;
    private final EscPosInterpreter interpreter;
    private volatile boolean paperOut;
    private volatile boolean paperNearEnd;
    private volatile boolean coverOpen;
    private volatile boolean drawerOpen;
    private volatile int kicks;
    private volatile long openedAtNanos;
    private volatile Duration drawerClosesAfter = Duration.ofSeconds(3);

    public SimulatedPrinter(PrinterProfile profile) {
        super("printer");
        this.profile = profile;
        this.interpreter = new EscPosInterpreter(new EscPosInterpreter.Events() {
            @Override
            public void statusRequested(int n) {
                answer(new byte[]{statusByte(n)});
            }

            @Override
            public void drawerKicked(int pin, int onMs) {
                kicks++;
                openedAtNanos = System.nanoTime();
                drawerOpen = true;
            }
        });
    }

    @Override
    protected void received(byte[] data) {
        interpreter.feed(data);
    }

    byte statusByte(int n) {
        closeDrawerWhenDue();
        boolean stopped = paperOut || coverOpen;
        int b = switch (n) {
            case 1 -> FIXED | (drawerOpen ? 0 : 0x04) | (stopped ? 0x08 : 0);
            case 2 -> FIXED | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 3 -> FIXED;
            default -> FIXED | (paperNearEnd || paperOut ? 0x0C : 0) | (paperOut ? 0x60 : 0);
        };
        return (byte) b;
    }

    public void setPaperOut(boolean on) {
        paperOut = on;
    }

    public void setPaperNearEnd(boolean on) {
        paperNearEnd = on;
    }

    public void setCoverOpen(boolean on) {
        coverOpen = on;
    }

    /** The cashier pushes the drawer shut. The sensor reads open when the kick pin is low. */
    public void closeDrawer() {
        drawerOpen = false;
    }

    /**
     * The simulated cashier pushes the drawer shut this long after it opened (read at the next
     * status request); null leaves it open until {@link #closeDrawer()}. Three seconds unless set.
     */
    public void setDrawerClosesAfter(Duration after) {
        drawerClosesAfter = after;
    }

    private void closeDrawerWhenDue() {
        Duration after = drawerClosesAfter;
        if (drawerOpen && after != null && System.nanoTime() - openedAtNanos >= after.toNanos()) {
            drawerOpen = false;
        }
    }

    public boolean drawerOpen() {
        closeDrawerWhenDue();
        return drawerOpen;
    }

    public int drawerKicks() {
        return kicks;
    }

    public List<PaperRow> rows() {
        return interpreter.rows();
    }

    /** Printed pages, split at each cut, as text. */
    public List<String> pages() {
        List<String> pages = new ArrayList<>();
        List<PaperRow> page = new ArrayList<>();
        for (PaperRow r : interpreter.rows()) {
            if (r instanceof PaperRow.CutRow) {
                pages.add(PaperRenderer.text(page));
                page.clear();
            } else {
                page.add(r);
            }
        }
        if (!page.isEmpty()) {
            pages.add(PaperRenderer.text(page));
        }
        return pages;
    }

    public String text() {
        return PaperRenderer.text(interpreter.rows());
    }

    public BufferedImage image() {
        return PaperRenderer.image(interpreter.rows(), profile.dotsPerLine(), profile.columns());
    }

    public byte[] png() {
        return PaperRenderer.png(image());
    }

    public void clearPaper() {
        interpreter.clear();
    }
}
