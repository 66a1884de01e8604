package dev.opentill.peripherals.printer;

import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.printer.escpos.CodePage;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder;

/**
 * What a printer model can do: paper width, columns of the standard font, dots per line, Western
 * code page, Chinese (GB18030 Kanji) font, cutter and native QR.
 */
public record PrinterProfile(String name, int paperMm, int columns, int dotsPerLine, CodePage codePage, boolean kanji,
        Cutter cutter, boolean nativeQr) {

    public enum Cutter { NONE, PARTIAL, FULL }

    /** Epson TM-T88 class, 80 mm, font A 48 columns, 576 dots; Chinese font on the Chinese models. */
    public static final PrinterProfile EPSON_80MM = new PrinterProfile("epson-80", 80, 48, 576, CodePage.PC858, true,
            Cutter.PARTIAL, true);
    /** Common 80 mm compatibles that print 42 columns on 512 dots. */
    public static final PrinterProfile GENERIC_80MM_42 = new PrinterProfile("generic-80-42", 80, 42, 512, CodePage.PC437,
            true, Cutter.PARTIAL, true);
    /** 58 mm printers: 32 columns on 384 dots, usually no cutter and no native QR. */
    public static final PrinterProfile GENERIC_58MM = new PrinterProfile("generic-58", 58, 32, 384, CodePage.PC437, true,
            Cutter.NONE, false);

    public PrinterProfile {
        if (paperMm != 58 && paperMm != 80) {
            throw new DeviceConfigException("Paper width must be 58 or 80 mm, not " + paperMm);
        }
        if (columns != 32 && columns != 42 && columns != 48) {
            throw new DeviceConfigException("Columns must be 32, 42 or 48, not " + columns);
        }
        if (dotsPerLine != 384 && dotsPerLine != 512 && dotsPerLine != 576) {
            throw new DeviceConfigException("Dots per line must be 384, 512 or 576, not " + dotsPerLine);
        }
        if (paperMm == 58 && dotsPerLine > 384) {
            throw new DeviceConfigException("58 mm paper has at most 384 dots per line, not " + dotsPerLine);
        }
        if (codePage == null || cutter == null) {
            throw new DeviceConfigException("Printer profile " + name + " needs a code page and a cutter setting");
        }
    }

    public static PrinterProfile named(String name) {
        return switch (name) {
            case "epson-80" -> EPSON_80MM;
            case "generic-80-42" -> GENERIC_80MM_42;
            case "generic-58" -> GENERIC_58MM;
            default -> throw new DeviceConfigException(
                    "Unknown printer profile '" + name + "'; known: epson-80, generic-80-42, generic-58");
        };
    }

    public EscPosBuilder newDocument() {
        return new EscPosBuilder(codePage, kanji, nativeQr, dotsPerLine).init();
    }
}
