package dev.opentill.app.ui.devices;

/** A scale giving a stable weight. Blocks until the weight settles: call it off the UI thread. */
public interface WeightSource {

    /** The stable weight in grams; throws {@link IllegalStateException} when none settles (empty, moving). */
    long readGrams();
}
