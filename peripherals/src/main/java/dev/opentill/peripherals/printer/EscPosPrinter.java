package dev.opentill.peripherals.printer;

import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.DeviceNotReadyException;
import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.printer.escpos.EscPos;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import dev.opentill.peripherals.transport.DeviceLink;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * An ESC/POS receipt printer on any transport. Status is polled with DLE EOT 1-4 while idle, so a
 * printer that stops answering shows offline within two seconds, and answering again brings it back.
 */
public final class EscPosPrinter extends HubDevice implements ReceiptPrinter {
    private final PrinterConfig config;
    private final DeviceLink link;
    private final ReceiptLayout layout;

    public EscPosPrinter(PrinterConfig config, Transport transport) {
        super(new StatusHub(config.name()));
        this.config = config;
        boolean canAsk = config.statusReplies() && transport.canRead();
        this.link = new DeviceLink(transport, hub, !canAsk);
        this.layout = new ReceiptLayout(config.profile(), config.receiptCode());
        link.keepAlive(config.pollInterval(), config.replyTimeout().plusMillis(500),
                canAsk ? t -> {
                    queryStatus(t);
                    return null;
                } : null);
    }

    public PrinterConfig config() {
        return config;
    }

    @Override
    public PrinterProfile profile() {
        return config.profile();
    }

    @Override
    public CompletableFuture<Void> print(Receipt receipt) {
        return link.submit("printing receipt " + receipt.receiptNumber(), config.printTimeout(), t -> {
            byte[] doc = ReceiptRenderers.escPos(layout.layout(receipt), config.profile());
            sendWhenReady(t, doc);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> printLines(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        return link.submit("printing a report", config.printTimeout(), t -> {
            sendWhenReady(t, ReceiptRenderers.escPos(layout.lines(copy), config.profile()));
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> printDocument(byte[] escPos) {
        byte[] copy = escPos.clone();
        return link.submit("printing a document", config.printTimeout(), t -> {
            sendWhenReady(t, copy);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> printTestPage() {
        return printDocument(testPage(config.profile(), config.name()));
    }

    @Override
    public CompletableFuture<Void> kickDrawer(int pin, Duration pulseOn, Duration pulseOff) {
        byte[] kick = new EscPosBuilder(config.profile().capabilities())
                .kickDrawer(pin, (int) pulseOn.toMillis(), (int) pulseOff.toMillis()).toBytes();
        return link.submit("kicking the drawer", config.replyTimeout().plusMillis(500), t -> {
            t.write(kick);
            return null;
        });
    }

    @Override
    public CompletableFuture<DeviceStatus> refreshStatus() {
        return link.submit("reading status", config.replyTimeout().plusMillis(500), t -> {
            if (config.statusReplies() && t.canRead()) {
                queryStatus(t);
            } else {
                t.probe();
                hub.reachable();
            }
            return hub.current();
        });
    }

    @Override
    public String preview(Receipt receipt) {
        return ReceiptRenderers.plainText(layout.layout(receipt), config.profile());
    }

    @Override
    public void close() {
        link.close();
    }

    private void sendWhenReady(Transport t, byte[] doc) throws IOException {
        if (config.statusReplies() && t.canRead()) {
            DeviceStatus s = queryStatus(t);
            if (!s.isReadyToPrint()) {
                throw new DeviceNotReadyException(s);
            }
        }
        t.write(doc);
        if (!config.statusReplies() || !t.canRead()) {
            hub.reachable();
        }
    }

    /** Sends DLE EOT 1-4 and decodes the four answers; no complete answer in time means offline. */
    private DeviceStatus queryStatus(Transport t) throws IOException {
        t.read(256, Duration.ZERO); // drop stale bytes so answers line up with questions
        t.write(EscPos.STATUS_ALL);
        byte[] answers = new byte[4];
        int got = 0;
        long deadline = System.nanoTime() + config.replyTimeout().toNanos();
        while (got < 4) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("no answer to DLE EOT within " + config.replyTimeout().toMillis() + " ms (got "
                        + got + " of 4 bytes)");
            }
            byte[] chunk = t.read(4 - got, Duration.ofNanos(left));
            for (byte b : chunk) {
                if (PrinterStatusDecoder.isStatusByte(b & 0xFF) && got < 4) {
                    answers[got++] = b;
                }
            }
        }
        DeviceStatus s = DeviceStatus.online(config.name(), PrinterStatusDecoder.decode(Arrays.copyOf(answers, 4),
                config.drawerSensor()));
        hub.publish(s);
        return s;
    }

    /** A page a technician can check by eye: styles, columns, Chinese, a barcode, a QR and a cut. */
    public static byte[] testPage(PrinterProfile p, String name) {
        ReceiptLabels en = ReceiptLabels.forLocale(Locale.ENGLISH);
        EscPosBuilder b = p.newDocument();
        b.align(Align.CENTER).bold(true).size(2, 2).line("OpenTill").size(1, 1).bold(false);
        b.line(en.get("test.title")).line(p.glyphs().fit(name + " / " + p.name(), p.columns()));
        b.align(Align.LEFT).line("-".repeat(p.columns()));
        b.line(en.get("test.columns") + " " + p.columns() + ", " + p.dotsPerLine() + " dots, " + p.paperMm() + " mm");
        for (String part : p.glyphs().wrap(p.description(), p.columns())) {
            b.line(part);
        }
        b.bold(true).line("Bold").bold(false).underline(true).line("Underline").underline(false);
        b.size(2, 1).line("Wide").size(1, 1);
        b.line(p.glyphs().twoColumns("苹果 Apple 6×35g", "12.80", p.columns()));
        b.line(p.glyphs().twoColumns("Café crème “℃ №”…", "3.50", p.columns()));
        b.line("0123456789".repeat(p.columns() / 10 + 1).substring(0, p.columns()));
        b.align(Align.CENTER).ean13("6901234567892").newline();
        b.qr("https://opentill.dev/test", 6).newline();
        b.feed(p.cutter() == PrinterProfile.Cutter.NONE ? 6 : 4); // without a cutter, feed past the tear bar
        if (p.cutter() != PrinterProfile.Cutter.NONE) {
            b.cut(p.cutter() == PrinterProfile.Cutter.PARTIAL);
        }
        return b.toBytes();
    }
}
