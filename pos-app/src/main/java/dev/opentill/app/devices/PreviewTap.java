package dev.opentill.app.devices;

import dev.opentill.app.ui.devices.PaperPreviews;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.sim.PaperPreview;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Receives every document the printer sent and, when it prints something (not a status query or a
 * drawer kick), hands its paper, as the interpreter draws it, to the listeners.
 */
final class PreviewTap implements PaperPreviews, Consumer<byte[]> {
    private final PrinterProfile profile;
    private final List<Consumer<PrintedPaper>> listeners = new CopyOnWriteArrayList<>();

    PreviewTap(PrinterProfile profile) {
        this.profile = profile;
    }

    @Override
    public void accept(byte[] document) {
        if (listeners.isEmpty()) {
            return;
        }
        PaperPreview.of(document, profile).ifPresent(p -> {
            PrintedPaper paper = new PrintedPaper(p.text(), p.png());
            listeners.forEach(l -> l.accept(paper));
        });
    }

    @Override
    public void onPrinted(Consumer<PrintedPaper> listener) {
        listeners.add(listener);
    }
}
