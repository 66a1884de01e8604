package dev.opentill.core.promo;

/** Terms that make no promotion; the message names the promotion and what is wrong. */
public class PromotionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PromotionException(String message) {
        super(message);
    }
}
