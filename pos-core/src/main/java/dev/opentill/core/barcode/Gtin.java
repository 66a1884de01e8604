package dev.opentill.core.barcode;

/**
 * GS1 check digits and normalisation for EAN-13, EAN-8, UPC-A and UPC-E. Codes are normalised so
 * a UPC-A and its EAN-13 form (leading zero) and a UPC-E and its expansion find the same product.
 */
public final class Gtin {
    private Gtin() {
    }

    /** The mod-10 check digit for {@code body} (all digits but the check digit). */
    public static int checkDigit(CharSequence body) {
        int sum = 0;
        boolean triple = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = digit(body.charAt(i));
            sum += triple ? d * 3 : d;
            triple = !triple;
        }
        return (10 - sum % 10) % 10;
    }

    /** True if the last digit of {@code code} is its correct check digit. */
    public static boolean hasValidCheckDigit(CharSequence code) {
        if (code.length() < 2 || !isDigits(code)) {
            return false;
        }
        return checkDigit(code.subSequence(0, code.length() - 1)) == digit(code.charAt(code.length() - 1));
    }

    public static boolean isDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Appends the check digit to a 12-digit EAN-13 body (or 7-digit EAN-8, 11-digit UPC-A body). */
    public static String withCheckDigit(String body) {
        if (!isDigits(body)) {
            throw new IllegalArgumentException("Barcode body must be digits: '" + body + "'");
        }
        return body + checkDigit(body);
    }

    /**
     * Expands an 8-digit UPC-E (number system 0 or 1, six data digits, check digit) to its 12-digit
     * UPC-A form.
     */
    public static String expandUpcE(String upcE) {
        if (upcE.length() != 8 || !isDigits(upcE) || (upcE.charAt(0) != '0' && upcE.charAt(0) != '1')) {
            throw new IllegalArgumentException("Not a UPC-E code: '" + upcE + "'");
        }
        char ns = upcE.charAt(0);
        String d = upcE.substring(1, 7);
        char check = upcE.charAt(7);
        char last = d.charAt(5);
        String body = switch (last) {
            case '0', '1', '2' -> d.substring(0, 2) + last + "0000" + d.substring(2, 5);
            case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
            case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
            default -> d.substring(0, 5) + "0000" + last;
        };
        return ns + body + check;
    }

    private static int digit(char c) {
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("Not a digit: '" + c + "'");
        }
        return c - '0';
    }
}
