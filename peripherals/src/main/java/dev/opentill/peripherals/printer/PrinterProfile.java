package dev.opentill.peripherals.printer;

import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.printer.escpos.Capabilities;
import dev.opentill.peripherals.printer.escpos.ChineseFont;
import dev.opentill.peripherals.printer.escpos.CodePage;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder;
import dev.opentill.peripherals.printer.escpos.Glyphs;
import java.util.Set;

/**
 * What one printer model can do, as its manual states it: paper and dots per line at its dpi,
 * columns of font A (12 dots) and font B, the code pages its ESC t offers and the one used, its
 * Chinese font, cutter, native QR (GS ( k) and CODE128 (GS k 73), the GS w module widths it accepts,
 * and the drawer pins its kick connector drives (empty: no connector). {@code name} is the model id
 * the till stores; {@link PrinterModels} is the table.
 */
public record PrinterProfile(String name, String description, int paperMm, int dotsPerLine, int dpi, int columns,
        int columnsFontB, CodePage codePage, Set<CodePage> codePages, ChineseFont chinese, Cutter cutter,
        boolean nativeQr, boolean nativeCode128, int minModule, int maxModule, Set<Integer> drawerPins) {

    public enum Cutter {
        NONE,
        PARTIAL,
        FULL
    }

    /** Dots of one font A character: every model in the table uses a 12 x 24 font A. */
    public static final int FONT_A_DOTS = 12;

    private static final Set<CodePage> EPSON_PAGES = Set.of(CodePage.PC437, CodePage.PC850, CodePage.WPC1252,
            CodePage.PC866, CodePage.PC858);

    /**
     * Epson 80 mm at 48 columns of font A on 576 dots, 203 dpi (the TM-T20 / TM-T82 / TM-m30 layout),
     * Chinese model; kept under its old id {@code epson-80}. A TM-T88 is not this: see {@link PrinterModels}.
     */
    public static final PrinterProfile EPSON_80MM = new PrinterProfile("epson-80",
            "Epson 80 mm, 48 columns (TM-T20 / TM-T82 / TM-m30 class)", 80, 576, 203, 48, 64, CodePage.PC858,
            EPSON_PAGES, ChineseFont.GB18030, Cutter.PARTIAL, true, true, 2, 6, Set.of(2, 5));
    /** Unknown 80 mm printers that print 42 columns on 512 dots. */
    public static final PrinterProfile GENERIC_80MM_42 = new PrinterProfile("generic-80-42",
            "Other 80 mm printer, 42 columns on 512 dots", 80, 512, 180, 42, 56, CodePage.PC437, Set.of(CodePage.PC437),
            ChineseFont.GB18030, Cutter.PARTIAL, true, true, 2, 6, Set.of(2));
    /** Unknown 58 mm printers: 32 columns on 384 dots, no cutter, QR as raster. */
    public static final PrinterProfile GENERIC_58MM = new PrinterProfile("generic-58",
            "Other 58 mm printer, 32 columns on 384 dots", 58, 384, 203, 32, 42, CodePage.PC437, Set.of(CodePage.PC437),
            ChineseFont.GB18030, Cutter.NONE, false, true, 2, 6, Set.of(2));

    public PrinterProfile {
        if (name == null || name.isBlank() || description == null) {
            throw new DeviceConfigException("A printer profile needs an id and a description");
        }
        if (paperMm != 58 && paperMm != 80) {
            throw new DeviceConfigException("Paper width must be 58 or 80 mm, not " + paperMm + " (" + name + ")");
        }
        if (dotsPerLine < 256 || dotsPerLine > 640 || dotsPerLine % 8 != 0) {
            throw new DeviceConfigException("Dots per line must be a multiple of 8 from 256 to 640, not " + dotsPerLine
                    + " (" + name + ")");
        }
        if (paperMm == 58 && dotsPerLine > 432) {
            throw new DeviceConfigException("58 mm paper has at most 432 dots per line, not " + dotsPerLine);
        }
        if (columns < 16 || columns * FONT_A_DOTS > dotsPerLine || columnsFontB < columns) {
            throw new DeviceConfigException(columns + " columns of font A do not fit " + dotsPerLine + " dots (" + name
                    + ")");
        }
        if (codePage == null || codePages == null || !codePages.contains(codePage) || chinese == null
                || cutter == null) {
            throw new DeviceConfigException("Printer profile " + name + " needs its code pages (the one used among "
                    + "them), a Chinese font setting and a cutter setting");
        }
        if (minModule < 1 || maxModule > 6 || minModule > maxModule) {
            throw new DeviceConfigException("Barcode module widths must be within 1..6 (" + name + ")");
        }
        if (drawerPins == null || !Set.of(2, 5).containsAll(drawerPins)) {
            throw new DeviceConfigException("Drawer pins are 2 and/or 5 (" + name + ")");
        }
        codePages = Set.copyOf(codePages);
        drawerPins = Set.copyOf(drawerPins);
    }

    /** The profile for a model id; see {@link PrinterModels#byId}. */
    public static PrinterProfile named(String id) {
        return PrinterModels.byId(id);
    }

    /** Whether the printer has a Chinese font (Kanji mode). */
    public boolean kanji() {
        return chinese != ChineseFont.NONE;
    }

    public Capabilities capabilities() {
        return new Capabilities(codePage, chinese, nativeQr, nativeCode128, dotsPerLine, minModule, maxModule);
    }

    /** How characters print here and how many columns they take. */
    public Glyphs glyphs() {
        return Glyphs.of(codePage, chinese);
    }

    public EscPosBuilder newDocument() {
        return new EscPosBuilder(capabilities()).init();
    }
}
