package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.printer.PrinterProfile;
import java.util.List;
import java.util.Optional;

/**
 * What one ESC/POS document looks like on paper, for a screen: the bytes the printer received run
 * through the same {@link EscPosInterpreter} as the simulated printer, drawn by {@link PaperRenderer}.
 * There is no second layout: a preview can only show what the paper shows.
 */
public final class PaperPreview {
    /** A printed document as text (one line per printed row) and as a PNG the width of the printer's dots. */
    public record Printed(String text, byte[] png) {
    }

    private static final EscPosInterpreter.Events NO_EVENTS = new EscPosInterpreter.Events() {
        @Override
        public void statusRequested(int n) {
            // a preview answers nothing
        }

        @Override
        public void drawerKicked(int pin, int onMs) {
            // nor opens a drawer
        }
    };

    private PaperPreview() {
    }

    /** The paper {@code document} prints on {@code profile}; empty for a document that prints nothing (a status query, a drawer kick). */
    public static Optional<Printed> of(byte[] document, PrinterProfile profile) {
        EscPosInterpreter interpreter = new EscPosInterpreter(NO_EVENTS);
        interpreter.feed(document);
        List<PaperRow> rows = interpreter.rows();
        boolean prints = rows.stream().anyMatch(r -> r instanceof PaperRow.ImageRow
                || r instanceof PaperRow.TextRow t && !t.text().isBlank());
        if (!prints) {
            return Optional.empty();
        }
        return Optional.of(new Printed(PaperRenderer.text(rows), PaperRenderer.png(PaperRenderer.image(rows,
                profile.dotsPerLine(), profile.columns()))));
    }
}
