package dev.opentill.peripherals.printer;

import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.printer.PrinterProfile.Cutter;
import dev.opentill.peripherals.printer.escpos.ChineseFont;
import dev.opentill.peripherals.printer.escpos.CodePage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The printer models OpenTill knows, written from the vendors' manuals and the public ESC/POS
 * capability database (receipt-print-hq/escpos-printer-db). The till stores the chosen model id;
 * {@code generic} is for a model not listed. Chinese models are meant throughout: Epson sells the
 * TM series in China with a GB18030 font (GB2312 on the TM-T88II/III); an export model without the
 * font prints Chinese as substitutes. Where a vendor sells variants, the entry takes the safer value
 * (no native QR or no cutter), since a raster QR prints everywhere and a missing cut only costs a tear.
 *
 * <p>Sources, in short: Epson TM-T88II/III/IV/V technical reference guides (font A 12x24, 42 columns
 * on 512 dots at 180 dpi; GS w 2-6; two drawer pins; 2D codes from the TM-T88IV on); TM-T20/T82/m30
 * guides (48 columns on 576 dots at 203 dpi); Xprinter, Gprinter, HPRT, SPRT and Zjiang programmer's
 * manuals (384 dots / 32 columns on 58 mm, 576 / 48 on 80 mm at 203 dpi, GS w 2-6, GB18030 Kanji
 * mode); escpos-printer-db for ZJ-5870 (no QR, no GS k function B, no cutter) and Sunmi V2 (no cutter).
 */
public final class PrinterModels {
    private static final Set<CodePage> EPSON = Set.of(CodePage.PC437, CodePage.PC850, CodePage.WPC1252, CodePage.PC866,
            CodePage.PC858);
    private static final Set<CodePage> EPSON_OLD = Set.of(CodePage.PC437, CodePage.PC850, CodePage.WPC1252);
    private static final Set<CodePage> CHINESE = Set.of(CodePage.PC437, CodePage.PC850, CodePage.WPC1252,
            CodePage.PC866, CodePage.PC858);

    private static final Map<String, PrinterProfile> BY_ID = new LinkedHashMap<>();

    static {
        add(new Spec("generic", "Unknown model: 32 columns on 384 dots, fits any 58 or 80 mm printer", 58, 384, 203)
                .columns(32, 42).pages(CodePage.PC437, Set.of(CodePage.PC437)).cutter(Cutter.NONE).qr(false)
                .code128(false).pins(2).build());
        add(PrinterProfile.GENERIC_58MM);
        add(PrinterProfile.GENERIC_80MM_42);
        add(eighty("generic-80", "Other 80 mm printer, 48 columns on 576 dots").pages(CodePage.PC437,
                Set.of(CodePage.PC437)).pins(2).build());
        add(PrinterProfile.EPSON_80MM);

        add(new Spec("epson-tm-t88ii", "Epson TM-T88II / TM-T88III (Chinese model)", 80, 512, 180).columns(42, 56)
                .pages(CodePage.PC437, EPSON_OLD).chinese(ChineseFont.GB2312).qr(false).build());
        add(new Spec("epson-tm-t88iv", "Epson TM-T88IV (Chinese model)", 80, 512, 180).columns(42, 56)
                .pages(CodePage.PC858, EPSON).build());
        add(new Spec("epson-tm-t88v", "Epson TM-T88V / TM-T88VI / TM-T88VII (Chinese model)", 80, 512, 180)
                .columns(42, 56).pages(CodePage.PC858, EPSON).build());
        add(eighty("epson-tm-t20", "Epson TM-T20 / TM-T20II / TM-T20III (Chinese model)").pages(CodePage.PC858, EPSON)
                .build());
        add(eighty("epson-tm-t82", "Epson TM-T82 / TM-T82II / TM-T82III").pages(CodePage.PC858, EPSON).build());
        add(eighty("epson-tm-m30", "Epson TM-m30 / TM-m30II / TM-m30III (Chinese model)").pages(CodePage.PC858, EPSON)
                .build());

        add(fiftyEight("xprinter-58", "Xprinter XP-58IIH / XP-58IIL / XP-58III").pins(2).build());
        add(eighty("xprinter-80", "Xprinter XP-80C / XP-N160II / XP-Q200 / XP-Q260").cutter(Cutter.FULL).build());
        add(fiftyEight("gprinter-58", "Gprinter GP-5890X / GP-58130IVC").pins(2).build());
        add(eighty("gprinter-80", "Gprinter GP-80250 / GP-L80160 / GP-C80250").build());
        add(fiftyEight("hprt-58", "HPRT PPT2-A / TP585 (58 mm)").build());
        add(eighty("hprt-80", "HPRT TP805 / TP806 / TP808").build());
        add(fiftyEight("sprt-58", "SPRT SP-POS58IV / SP-POS58V").pins(2).build());
        add(eighty("sprt-80", "SPRT SP-POS88V / SP-POS88VI").build());
        add(fiftyEight("zjiang-5890", "Zjiang POS-5890 series and its clones (POS-58)").pins(2).build());
        add(new Spec("zjiang-5870", "Zjiang ZJ-5870 and its clones (48 mm print width)", 58, 384, 203).columns(32, 42)
                .pages(CodePage.PC437, CHINESE).cutter(Cutter.NONE).qr(false).code128(false).pins().build());
        add(fiftyEight("sunmi-58", "Sunmi V2 / V2 Pro / P2 built-in printer (ESC/POS)").qr(true).pins().build());
        add(eighty("sunmi-80", "Sunmi T2 / T2s built-in 80 mm printer (ESC/POS)").pins(2).build());
    }

    private PrinterModels() {
    }

    /** Every model, generic ones first. */
    public static List<PrinterProfile> all() {
        return List.copyOf(BY_ID.values());
    }

    /** The model with this id (case and surrounding spaces ignored); unknown ids are refused naming the known ones. */
    public static PrinterProfile byId(String id) {
        PrinterProfile p = id == null ? null : BY_ID.get(id.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new DeviceConfigException("Unknown printer model '" + id + "'; known: " + String.join(", ",
                    BY_ID.keySet()) + " (use generic for a model not listed)");
        }
        return p;
    }

    /** The model's description for a technician in {@code locale} (English or Simplified Chinese). */
    public static String description(PrinterProfile p, Locale locale) {
        return PrinterTexts.get("model." + p.name(), locale, p.description());
    }

    private static void add(PrinterProfile p) {
        if (BY_ID.putIfAbsent(p.name(), p) != null) {
            throw new IllegalStateException("Printer model " + p.name() + " listed twice");
        }
    }

    /** A common Chinese 58 mm printer: 32 / 42 columns on 384 dots, no cutter, QR as raster, drawer by request. */
    private static Spec fiftyEight(String id, String description) {
        return new Spec(id, description, 58, 384, 203).columns(32, 42).pages(CodePage.PC437, CHINESE)
                .cutter(Cutter.NONE).qr(false);
    }

    /** A common 80 mm printer at 203 dpi: 48 / 64 columns on 576 dots, partial cut, native QR, pins 2 and 5. */
    private static Spec eighty(String id, String description) {
        return new Spec(id, description, 80, 576, 203).columns(48, 64).pages(CodePage.PC437, CHINESE);
    }

    /** Defaults: GB18030 font, partial cutter, native QR and CODE128, GS w 2..6, drawer pins 2 and 5. */
    private static final class Spec {
        private final String id;
        private final String description;
        private final int paperMm;
        private final int dots;
        private final int dpi;
        private int columns;
        private int columnsB;
        private CodePage page = CodePage.PC437;
        private Set<CodePage> pages = Set.of(CodePage.PC437);
        private ChineseFont chinese = ChineseFont.GB18030;
        private Cutter cutter = Cutter.PARTIAL;
        private boolean qr = true;
        private boolean code128 = true;
        private Set<Integer> pins = Set.of(2, 5);

        Spec(String id, String description, int paperMm, int dots, int dpi) {
            this.id = id;
            this.description = description;
            this.paperMm = paperMm;
            this.dots = dots;
            this.dpi = dpi;
        }

        Spec columns(int fontA, int fontB) {
            columns = fontA;
            columnsB = fontB;
            return this;
        }

        Spec pages(CodePage used, Set<CodePage> offered) {
            page = used;
            pages = offered;
            return this;
        }

        Spec chinese(ChineseFont font) {
            chinese = font;
            return this;
        }

        Spec cutter(Cutter c) {
            cutter = c;
            return this;
        }

        Spec qr(boolean on) {
            qr = on;
            return this;
        }

        Spec code128(boolean on) {
            code128 = on;
            return this;
        }

        Spec pins(Integer... p) {
            pins = Set.of(p);
            return this;
        }

        PrinterProfile build() {
            return new PrinterProfile(id, description, paperMm, dots, dpi, columns, columnsB, page, pages, chinese,
                    cutter, qr, code128, 2, 6, pins);
        }
    }
}
