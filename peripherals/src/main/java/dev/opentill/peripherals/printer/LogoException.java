package dev.opentill.peripherals.printer;

import java.util.Locale;

/** A store logo the printer cannot take; {@link #reason()} is stable for the till to word it in its own language. */
public final class LogoException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The file is bigger than {@link RasterLogo#MAX_IMAGE_BYTES}. */
        FILE_TOO_LARGE,
        /** Not a PNG, JPEG, GIF or BMP the JDK can read, or a damaged one. */
        NOT_AN_IMAGE,
        /** More than {@link RasterLogo#MAX_PIXELS} pixels: refused before decoding. */
        TOO_MANY_PIXELS
    }

    private final Reason reason;

    public LogoException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** What to do about it, for the person who uploaded the logo, in {@code locale} (English or Simplified Chinese). */
    public String advice(Locale locale) {
        return PrinterTexts.get("logo." + reason.name(), locale, getMessage());
    }
}
