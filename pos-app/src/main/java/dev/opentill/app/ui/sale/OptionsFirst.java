package dev.opentill.app.ui.sale;

import dev.opentill.core.catalog.Product;

/**
 * Made-to-order products on the sale screen: a product with option groups is not added at once
 * but opens the option picker, whether it was scanned, searched or keyed.
 */
public interface OptionsFirst {
    /** No product is made to order (a till without a menu, and tests). */
    OptionsFirst NONE = new OptionsFirst() {
        @Override
        public boolean prepare(Product p) {
            return false;
        }

        @Override
        public void open() {
        }
    };

    /** Off the FX thread: true when {@code p} is chosen with options; the picker is then made ready for it. */
    boolean prepare(Product p);

    /** On the FX thread: opens the picker made ready by the last {@link #prepare} that said true. */
    void open();
}
