package dev.opentill.core.sale;

import java.util.List;

/**
 * A refused till action. The {@link SaleError} identifies it for translation; {@code args} fill
 * the message's placeholders; the exception message is an English text for logs.
 */
public final class SaleException extends RuntimeException {
    private final SaleError error;
    private final List<Object> args;

    public SaleException(SaleError error, String message, Object... args) {
        super(message);
        this.error = error;
        this.args = List.of(args);
    }

    public SaleError error() {
        return error;
    }

    public List<Object> args() {
        return args;
    }
}
