package dev.opentill.peripherals.display;

import dev.opentill.core.money.Money;
import dev.opentill.peripherals.printer.ReceiptLabels;
import dev.opentill.peripherals.printer.escpos.TextWidth;
import dev.opentill.peripherals.transport.DeviceLink;
import dev.opentill.peripherals.transport.HubDevice;
import dev.opentill.peripherals.transport.StatusHub;
import dev.opentill.peripherals.transport.Transport;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** A 2x20 pole display speaking Epson DM-D or CD5220 commands over any transport. */
public final class PoleDisplay extends HubDevice implements CustomerDisplay {
    static final byte ESC = 0x1B;
    static final byte US = 0x1F;
    static final byte CR = 0x0D;
    static final byte[] INIT = {ESC, '@'};
    static final byte CLEAR = 0x0C;
    /** DM-D: US $ column row (1-based). */
    static final byte[] DMD_MOVE = {US, '$'};
    /** CD5220: ESC Q A (upper line) / ESC Q B (lower line), text, CR. */
    static final byte[] CD5220_UPPER = {ESC, 'Q', 'A'};
    static final byte[] CD5220_LOWER = {ESC, 'Q', 'B'};
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final DisplayConfig config;
    private final DeviceLink link;
    private final ReceiptLabels labels;
    private volatile boolean needsInit = true;

    public PoleDisplay(DisplayConfig config, Transport transport) {
        super(new StatusHub(config.name()));
        this.config = config;
        this.link = new DeviceLink(transport, hub, true);
        this.labels = ReceiptLabels.forLocale(config.cjk() ? config.locale() : Locale.ENGLISH);
        hub.addListener(s -> {
            if (!s.isOnline()) {
                needsInit = true;
            }
        });
        link.keepAlive(Duration.ofMillis(500), Duration.ofSeconds(1), null);
    }

    /** The bytes that put two lines on the display with this command set. */
    public static byte[] encode(DisplayCommandSet set, boolean cjk, String upper, String lower) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        byte[] a = DisplayText.line(upper, cjk, DisplayConfig.COLUMNS);
        byte[] b = DisplayText.line(lower, cjk, DisplayConfig.COLUMNS);
        if (set == DisplayCommandSet.EPSON_DMD) {
            out.writeBytes(DMD_MOVE);
            out.write(1);
            out.write(1);
            out.writeBytes(a);
            out.writeBytes(DMD_MOVE);
            out.write(1);
            out.write(2);
            out.writeBytes(b);
        } else {
            out.writeBytes(CD5220_UPPER);
            out.writeBytes(a);
            out.write(CR);
            out.writeBytes(CD5220_LOWER);
            out.writeBytes(b);
            out.write(CR);
        }
        return out.toByteArray();
    }

    @Override
    public CompletableFuture<Void> show(String upper, String lower) {
        byte[] lines = encode(config.commandSet(), config.cjk(), upper, lower);
        return link.submit("updating the display", TIMEOUT, t -> {
            if (needsInit) {
                t.write(new byte[]{ESC, '@', CLEAR});
                needsInit = false;
            }
            t.write(lines);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> welcome(String text) {
        return show(text, "");
    }

    @Override
    public CompletableFuture<Void> item(String name, Money price) {
        return show(name, TextWidth.padLeft(price.toPlainString(), DisplayConfig.COLUMNS));
    }

    @Override
    public CompletableFuture<Void> total(Money total) {
        return show(labels.get("total.total"), TextWidth.padLeft(total.toPlainString(), DisplayConfig.COLUMNS));
    }

    @Override
    public CompletableFuture<Void> change(Money paid, Money change) {
        String upper = TextWidth.twoColumns(labels.tender("CASH"), paid.toPlainString(), DisplayConfig.COLUMNS);
        String lower = TextWidth.twoColumns(labels.get("total.change"), change.toPlainString(), DisplayConfig.COLUMNS);
        return show(upper, lower);
    }

    @Override
    public CompletableFuture<Void> clear() {
        return show("", "");
    }

    @Override
    public void close() {
        link.close();
    }
}
