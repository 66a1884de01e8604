package dev.opentill.peripherals.printer;

/** How the receipt's return code is printed: a QR code, a CODE128 barcode, or not at all. */
public enum ReceiptCode {
    QR,
    CODE128,
    NONE
}
