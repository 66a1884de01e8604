package dev.opentill.core.receipt;

/**
 * A human-readable receipt number, gapless per terminal: {@code <terminal>-<8-digit sequence>},
 * e.g. {@code S0001-T01-00000042}. The same text is what the receipt barcode carries.
 */
public record ReceiptNumber(String terminalCode, long sequence) {
    public ReceiptNumber {
        if (terminalCode == null || terminalCode.isBlank() || !terminalCode.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Bad terminal code: '" + terminalCode + "'");
        }
        if (sequence <= 0) {
            throw new IllegalArgumentException("Receipt sequence must be positive: " + sequence);
        }
    }

    public String text() {
        return terminalCode + "-" + String.format("%08d", sequence);
    }

    /** Parses the text form; throws IllegalArgumentException when it is not a receipt number. */
    public static ReceiptNumber parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No receipt number");
        }
        String t = text.strip();
        int dash = t.lastIndexOf('-');
        // ASCII digits only (Long.parseLong also takes a sign and other scripts' digits), at least eight.
        if (dash <= 0 || !t.substring(dash + 1).matches("[0-9]{8,}")) {
            throw new IllegalArgumentException("Not a receipt number: '" + text + "'");
        }
        try {
            ReceiptNumber number = new ReceiptNumber(t.substring(0, dash), Long.parseLong(t.substring(dash + 1)));
            if (!number.text().equals(t)) {
                throw new IllegalArgumentException("Not a receipt number: '" + text + "'");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a receipt number: '" + text + "'");
        }
    }

    public static boolean looksLikeReceiptNumber(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
