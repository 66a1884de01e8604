package dev.opentill.peripherals.printer.escpos;

import java.nio.charset.Charset;

/** Character code tables for Western text, with the ESC t number Epson assigns each. */
public enum CodePage {
    PC437(0, "IBM437"),
    PC850(2, "IBM850"),
    PC866(17, "IBM866"),
    WPC1252(16, "windows-1252"),
    PC858(19, "IBM00858");

    private final int escTNumber;
    private final Charset charset;

    CodePage(int escTNumber, String charsetName) {
        this.escTNumber = escTNumber;
        this.charset = Charset.forName(charsetName);
    }

    public int escTNumber() {
        return escTNumber;
    }

    public Charset charset() {
        return charset;
    }

    public static CodePage byEscTNumber(int n) {
        for (CodePage c : values()) {
            if (c.escTNumber == n) {
                return c;
            }
        }
        return PC437;
    }
}
